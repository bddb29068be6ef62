//! The JSON edition: `{"locale": …, "codes": {name: {code, title, detail}}}`,
//! codes in numeric order.

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

use wsaerr::{Code, Description, Language};

pub(super) fn edition(language: Language<'_>) -> String {
    let json = serde_json::to_string_pretty(&Edition(language))
        .expect("an edition of strings and numbers always serializes");
    let mut json = super::escape::escape_c1(json);
    json.push('\n');
    json
}

struct Edition<'c>(Language<'c>);

struct Codes<'c>(Language<'c>);

struct Text<'c>(Description<'c>);

impl Serialize for Edition<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut edition = serializer.serialize_struct("Edition", 2)?;
        edition.serialize_field("locale", self.0.tag())?;
        edition.serialize_field("codes", &Codes(self.0))?;
        edition.end()
    }
}

impl Serialize for Codes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut codes = serializer.serialize_map(Some(Code::ALL.len()))?;
        for &code in Code::ALL {
            codes.serialize_entry(code.name(), &Text(self.0.description(code)))?;
        }
        codes.end()
    }
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let text = &self.0;
        let mut entry = serializer.serialize_struct("Text", 6)?;
        entry.serialize_field("code", &text.value())?;
        entry.serialize_field("group", text.code().group().as_str())?;
        entry.serialize_field("title", text.title())?;
        entry.serialize_field("detail", text.detail())?;
        entry.serialize_field("locale", text.locale())?;
        entry.serialize_field("detail_locale", text.detail_locale())?;
        entry.end()
    }
}
