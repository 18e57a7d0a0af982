//! Names as the pages compose them: the same name is not said twice, and a
//! possessive reads as English writes it.

use explainer_model::explainer::{possessive, same_name};

#[test]
fn a_leading_article_and_case_do_not_make_another_name() {
    assert!(same_name("United States", "The United States"));
    assert!(same_name(
        "German government source",
        "A German government source"
    ));
    assert!(same_name("the Kremlin", "Kremlin"));
    assert!(!same_name("Turkish", "Turkey"));
    assert!(!same_name("Theodore", "odore"));
}

#[test]
fn possessives_read_as_english_writes_them() {
    assert_eq!(possessive("Turkey"), "Turkey’s");
    assert_eq!(possessive("The United States"), "the United States’");
    assert_eq!(possessive("The Kremlin"), "the Kremlin’s");
}
