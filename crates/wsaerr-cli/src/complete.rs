//! What the completion scripts offer for free-form arguments: code names
//! for a code, the built-in catalog's tags for `--lang`. Any other text is
//! still accepted (numbers, any case, Accept-Language lists): the values
//! are offered, never required.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use wsaerr::{Catalog, Code};

/// A string argument whose completions are `offered()`.
#[derive(Clone, Copy)]
pub(crate) struct Offering {
    offered: fn() -> Vec<&'static str>,
}

impl TypedValueParser for Offering {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(command, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            (self.offered)().into_iter().map(PossibleValue::new),
        ))
    }
}

/// Every code's name (`WSAECONNREFUSED` …), in numeric order.
pub(crate) fn code_names() -> Offering {
    Offering {
        offered: || Code::ALL.iter().map(|code| code.name()).collect(),
    }
}

/// The tags of the built-in catalog's locales (`ko-KR`, `zh-TW` …).
pub(crate) fn language_tags() -> Offering {
    Offering {
        offered: || Catalog::embedded().locales().collect(),
    }
}
