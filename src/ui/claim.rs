//! A claim's summary as every view shows it: followed, when the article gives one,
//! by who says so ("…, according to the Kremlin"), in the same sentence so that it
//! reads naturally and screen readers announce it with the claim.

use explainer_model::explainer::Claim;
use explainer_model::Explainer;
use yew::prelude::*;

pub fn summary(explainer: &Explainer, claim: &Claim) -> Html {
    html! {
        <>
            { claim.summary.as_ref() }
            if let Some(source) = claim.source {
                <span class="claim-source">{ ", according to " }{ explainer.source_name(source) }</span>
            }
        </>
    }
}
