//! The JSON Schemas editors use (`docs/schema/`), written from the model's types: they cannot drift
//! from what the content command reads (a test compares the committed files with these).

use std::io;
use std::path::Path;

/// Each schema file's name and text.
pub fn files() -> Vec<(&'static str, String)> {
    [("site.schema.json", digest_model::schema::site()), ("article.schema.json", digest_model::schema::article())]
        .into_iter()
        .map(|(name, value)| (name, format!("{}\n", serde_json::to_string_pretty(&value).unwrap_or_default())))
        .collect()
}

/// Writes the schemas into `out`; returns their names.
pub fn write(out: &Path) -> io::Result<Vec<String>> {
    std::fs::create_dir_all(out)?;
    files().into_iter().map(|(name, text)| std::fs::write(out.join(name), text).map(|()| name.to_owned())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_schemas_are_the_generated_ones() {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema");
        for (name, text) in files() {
            let committed = std::fs::read_to_string(docs.join(name)).unwrap_or_default();
            assert!(
                committed == text,
                "docs/schema/{name} is not what the model generates: run `make schema` and commit the result"
            );
        }
    }
}
