//! How the code identities serialize, with the `serde` feature.
//!
//! A [`Code`] is its number, the value `WSAGetLastError` returns and the one
//! key that stays the same across Windows versions, spellings and aliases
//! (`WSANO_ADDRESS` and `WSANO_DATA` are both 11004). It is also what a
//! [`Description`](crate::Description) puts under `"code"`, so a `Code` and a
//! description agree. A [`Group`] is its [`Group::as_str`] identifier, as in a
//! description's `"group"`.

use serde::ser::{Serialize, Serializer};

use crate::{Code, Group};

/// `Code::WSAETIMEDOUT` serializes as `10060`.
///
/// # Examples
///
/// ```
/// # #[cfg(feature = "serde")] {
/// use wsaerr::{Code, Group};
///
/// assert_eq!(serde_json::to_string(&Code::WSAETIMEDOUT).unwrap(), "10060");
/// assert_eq!(serde_json::to_string(&Code::WSANO_ADDRESS).unwrap(), "11004");
/// assert_eq!(serde_json::to_string(&Group::NameResolution).unwrap(), r#""name-resolution""#);
/// # }
/// ```
impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i32(self.value())
    }
}

/// `Group::NameResolution` serializes as `"name-resolution"`.
impl Serialize for Group {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use crate::{describe, Code, Group};

    #[test]
    fn every_code_serializes_as_its_number() {
        for &code in Code::ALL {
            let json = serde_json::to_value(code).unwrap();
            assert_eq!(json, serde_json::json!(code.value()), "{code:?}");
        }
    }

    #[test]
    fn every_group_serializes_as_its_identifier() {
        for &group in Group::ALL {
            let json = serde_json::to_value(group).unwrap();
            assert_eq!(json, serde_json::json!(group.as_str()), "{group:?}");
        }
    }

    #[test]
    fn a_code_and_its_description_agree() {
        for &code in Code::ALL {
            let text = serde_json::to_value(describe(code, "en-US").unwrap()).unwrap();
            assert_eq!(text["code"], serde_json::to_value(code).unwrap());
            assert_eq!(text["group"], serde_json::to_value(code.group()).unwrap());
        }
    }
}
