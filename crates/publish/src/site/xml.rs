//! Writing XML that is well-formed whatever the content: quick-xml escapes markup, and characters
//! that XML 1.0 cannot hold at all (most control characters, U+FFFE, U+FFFF) become U+FFFD first.
//! Validation refuses such characters in content already; this is the second line of defence.

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use std::borrow::Cow;
use std::io;

/// Whether XML 1.0 can hold `c` (its `Char` production).
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` with every character XML cannot hold replaced by U+FFFD.
pub fn xml_text(text: &str) -> Cow<'_, str> {
    if text.chars().all(is_xml_char) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' }).collect())
    }
}

/// An XML document being written, declaration first.
pub struct Xml(Writer<Vec<u8>>);

impl Xml {
    pub fn new() -> io::Result<Self> {
        let mut writer = Writer::new(Vec::new());
        writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        writer.get_mut().push(b'\n');
        Ok(Self(writer))
    }

    fn start<'a>(name: &'a str, attributes: &[(&str, &str)]) -> BytesStart<'a> {
        let mut start = BytesStart::new(name);
        for (key, value) in attributes {
            start.push_attribute((*key, xml_text(value).as_ref()));
        }
        start
    }

    pub fn open(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        self.0.write_event(Event::Start(Self::start(name, attributes)))
    }

    pub fn empty(&mut self, name: &str, attributes: &[(&str, &str)]) -> io::Result<()> {
        self.0.write_event(Event::Empty(Self::start(name, attributes)))
    }

    pub fn close(&mut self, name: &str) -> io::Result<()> {
        self.0.write_event(Event::End(BytesEnd::new(name)))
    }

    /// `<name attributes>text</name>`.
    pub fn element(&mut self, name: &str, attributes: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.open(name, attributes)?;
        self.0.write_event(Event::Text(BytesText::new(&xml_text(text))))?;
        self.close(name)
    }

    pub fn finish(self) -> io::Result<String> {
        let mut bytes = self.0.into_inner();
        bytes.push(b'\n');
        String::from_utf8(bytes).map_err(io::Error::other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_unwritable_characters_cannot_break_the_document() {
        let mut xml = Xml::new().unwrap();
        xml.open("feed", &[("title", "\"quoted\" <&>\u{1}")]).unwrap();
        xml.element("t", &[], "a < b & </t> \u{0}\u{C}\u{FFFF} ok 😀").unwrap();
        xml.close("feed").unwrap();
        let text = xml.finish().unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap();
        let root = doc.root_element();
        assert_eq!(root.attribute("title"), Some("\"quoted\" <&>\u{FFFD}"));
        assert_eq!(root.first_element_child().unwrap().text(), Some("a < b & </t> \u{FFFD}\u{FFFD}\u{FFFD} ok 😀"));
    }
}
