//! The share card as a PNG, in the browser: the build renders it with resvg
//! (`explainer_reader::share_png`), but the studio's wasm must not carry a
//! rasteriser and a font, so here the browser draws the card's SVG
//! (`explainer_reader::share::card_svg`) onto a canvas and encodes the canvas.
//!
//! The SVG is loaded as an image from a `blob:` URL, which the studio's
//! Content-Security-Policy must allow in `img-src`. An SVG drawn as an image loads
//! nothing else (no fonts, no references): its text is set in the system's
//! DejaVu Sans, Arial or Helvetica, whichever the browser has first.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, Url,
};

/// The card's size (`explainer_reader::share::CARD_WIDTH`, `CARD_HEIGHT`).
const WIDTH: u32 = 1200;
const HEIGHT: u32 = 630;

/// The PNG of `svg` (the share card), drawn by the browser at 1200×630.
pub async fn card_png(svg: &str) -> Result<Vec<u8>, String> {
    let failed = |why: &str| format!("the share image could not be drawn ({why})");

    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let svg_blob =
        Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(svg)), &options)
            .map_err(|_| failed("no SVG blob"))?;
    let url = Url::create_object_url_with_blob(&svg_blob).map_err(|_| failed("no blob URL"))?;
    let image = load(&url).await;
    // The URL holds the blob until revoked; the decoded image no longer needs it.
    let _ = Url::revoke_object_url(&url);
    let image = image.map_err(|_| {
        failed("the browser did not load the SVG as an image; is blob: allowed in img-src?")
    })?;

    let canvas = gloo::utils::document()
        .create_element("canvas")
        .map_err(|_| failed("no canvas"))?
        .dyn_into::<HtmlCanvasElement>()
        .map_err(|_| failed("no canvas"))?;
    canvas.set_width(WIDTH);
    canvas.set_height(HEIGHT);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| failed("no 2D context"))?;
    // White under the card, should the SVG leave anything transparent.
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(WIDTH), f64::from(HEIGHT));
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            f64::from(WIDTH),
            f64::from(HEIGHT),
        )
        .map_err(|_| failed("the image could not be drawn"))?;

    let png = to_blob(&canvas)
        .await
        .map_err(|_| failed("the canvas could not be encoded as PNG"))?;
    let buffer = JsFuture::from(png.array_buffer())
        .await
        .map_err(|_| failed("the PNG could not be read"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// An image of `url`, once the browser has loaded and decoded it.
async fn load(url: &str) -> Result<HtmlImageElement, JsValue> {
    let image = HtmlImageElement::new_with_width_and_height(WIDTH, HEIGHT)?;
    image.set_src(url);
    // decode() settles when the image can be drawn, and rejects if it cannot
    // be loaded (a blocked or unreadable SVG).
    JsFuture::from(image.decode()).await?;
    Ok(image)
}

/// `canvas.toBlob(…, 'image/png')` as a future.
async fn to_blob(canvas: &HtmlCanvasElement) -> Result<Blob, JsValue> {
    let mut error = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let callback = Closure::once_into_js(move |blob: JsValue| {
            // toBlob gives null when the canvas cannot be encoded.
            let _ = if blob.is_null() {
                reject.call1(&JsValue::NULL, &JsValue::from_str("no PNG"))
            } else {
                resolve.call1(&JsValue::NULL, &blob)
            };
        });
        if let Err(e) = canvas.to_blob_with_type(callback.unchecked_ref(), "image/png") {
            // A tainted canvas throws here.
            error = Some(e);
        }
    });
    if let Some(e) = error {
        return Err(e);
    }
    JsFuture::from(promise).await?.dyn_into::<Blob>()
}
