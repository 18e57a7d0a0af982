//! Publish: the reader's page of the document, made in the browser exactly as the
//! build makes it (`explainer_reader::publish`, from the kit the build leaves beside
//! the reader's page), packed with the reader's own files as a .zip of one folder
//! that any static host serves as it is. Nothing leaves the browser.

use std::io::Write;
use std::rc::Rc;

use explainer_model::Explainer;
use explainer_reader::publish::{finish_reader, render_app, Kit, KIT_FILE, SHARE_PNG};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use zip::write::SimpleFileOptions;

/// Where the reader's built files are, from the studio's page (`/studio/`).
const READER: &str = "../";

/// A package ready to download.
pub struct Package {
    /// `<folder>.zip`
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// How many files the folder holds.
    pub files: usize,
}

/// Makes the package of `explainer`'s page, in a folder named `folder`;
/// `address` is where the page will be served from, when the editor knows it.
pub async fn package(
    explainer: Rc<Explainer>,
    folder: &str,
    address: Option<&str>,
) -> Result<Package, String> {
    let kit_bytes = fetch(&format!("{READER}{KIT_FILE}")).await?;
    let kit: Kit = serde_json::from_slice(&kit_bytes)
        .map_err(|e| format!("the reader’s files on this server are unreadable ({e})"))?;
    let mut files = Vec::new();
    for name in &kit.files {
        files.push((name.clone(), fetch(&format!("{READER}{name}")).await?));
    }
    let app_html = render_app(explainer.clone()).await;
    let read = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, bytes)| bytes.clone())
            .ok_or_else(|| format!("the page needs {name}, which the reader’s files do not list"))
    };
    let page = finish_reader(&kit, &explainer, &app_html, address, &read)?;
    let card = crate::share_png::card_png(&page.card_svg).await?;
    let mut all = vec![("index.html".to_string(), page.index_html.into_bytes())];
    all.extend(page.made);
    all.push((SHARE_PNG.to_string(), card));
    all.extend(files);
    let bytes = zip(folder, &all).map_err(|e| format!("the .zip could not be made ({e})"))?;
    Ok(Package {
        file_name: format!("{folder}.zip"),
        bytes,
        files: all.len(),
    })
}

/// A .zip of one folder. Entries have the format's fixed default date, so the
/// same page always packs to the same bytes.
fn zip(folder: &str, files: &[(String, Vec<u8>)]) -> zip::result::ZipResult<Vec<u8>> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in files {
        writer.start_file(format!("{folder}/{name}"), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

/// The bytes at `url`, on this server.
async fn fetch(url: &str) -> Result<Vec<u8>, String> {
    let failed = |why: &str| format!("{url} could not be fetched from this server ({why})");
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(|_| failed("no answer"))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(&format!("status {}", response.status())));
    }
    let buffer = response.array_buffer().map_err(|_| failed("unreadable"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|_| failed("cut off"))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    #[test]
    fn the_package_is_one_folder_that_unzips_to_the_same_bytes() {
        let files = vec![
            ("index.html".to_string(), b"<p>page</p>".to_vec()),
            ("app_bg.wasm".to_string(), vec![0, 97, 115, 109, 1, 0, 0, 0]),
        ];
        let bytes = super::zip("ceasefire", &files).unwrap();
        assert_eq!(
            bytes,
            super::zip("ceasefire", &files).unwrap(),
            "same input, same bytes"
        );
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(archive.len(), 2);
        for (name, expected) in &files {
            let mut entry = archive.by_name(&format!("ceasefire/{name}")).unwrap();
            let mut read = Vec::new();
            entry.read_to_end(&mut read).unwrap();
            assert_eq!(&read, expected);
        }
    }
}
