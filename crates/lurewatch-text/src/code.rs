//! Taxonomy codes (see `docs/taxonomy.md`) and a `u32` bitset over them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! codes {
    ($($(#[$doc:meta])* $v:ident = $s:literal,)*) => {
        /// A taxonomy code. The string form (`as_str`) is the stable snake_case identifier
        /// used by the lexicon files, the corpus and evidence output.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Code { $($(#[$doc])* $v,)* }

        impl Code {
            /// All codes, in bit order.
            pub const ALL: &'static [Code] = &[$(Code::$v,)*];

            /// Stable snake_case identifier.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$v => $s,)* }
            }

            /// Parses the snake_case identifier.
            pub fn parse(s: &str) -> Option<Code> {
                match s { $($s => Some(Code::$v),)* _ => None }
            }
        }
    };
}

codes! {
    /// Fraudulent job, modelling or dancing offer.
    JobOffer = "job_offer",
    /// Feigned romance, love-bombing.
    Romance = "romance",
    /// Probing for vulnerabilities (home trouble, money, loneliness).
    Vulnerability = "vulnerability",
    /// Isolating from family and friends.
    Isolation = "isolation",
    /// Requests for secrecy.
    Secrecy = "secrecy",
    /// Moving the conversation to another platform.
    OffPlatform = "off_platform",
    /// Travel and meeting arrangements (tickets, pick-up, hotel).
    TravelMeet = "travel_meet",
    /// Money, gifts and debt (gift cards, game currency, "you owe me").
    MoneyGiftsDebt = "money_gifts_debt",
    /// Control (location, who are you with, documents).
    Control = "control",
    /// Commercial-sex advertising language.
    CommercialSex = "commercial_sex",
    /// Sextortion threats.
    Sextortion = "sextortion",
    /// Age probing and age-gap talk.
    AgeProbe = "age_probe",
    /// Compliments and trust building.
    ComplimentsTrust = "compliments_trust",
    /// Risk assessment (are your parents home, is this your phone).
    RiskAssessment = "risk_assessment",
    /// Exclusivity ("only I understand you").
    Exclusivity = "exclusivity",
    /// Requests for photos.
    PhotoRequest = "photo_request",
    /// Sexual talk (labelled, never reproduced).
    SexualTalk = "sexual_talk",
    /// Meeting in person.
    Meeting = "meeting",
}

impl Code {
    /// Bit index of this code in a [`CodeSet`].
    pub const fn bit(self) -> u32 {
        1u32 << (self as u8)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for an unknown code string.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown taxonomy code {0:?}")]
pub struct UnknownCode(pub String);

impl FromStr for Code {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Code::parse(s).ok_or_else(|| UnknownCode(s.to_string()))
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Code {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Code::parse(&s).ok_or_else(|| serde::de::Error::custom(UnknownCode(s)))
    }
}

/// A set of [`Code`]s as a `u32` bitset (multi-label state).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CodeSet(pub u32);

impl CodeSet {
    /// The empty set.
    pub const EMPTY: CodeSet = CodeSet(0);

    /// Adds a code.
    pub fn insert(&mut self, c: Code) {
        self.0 |= c.bit();
    }

    /// Whether the set contains `c`.
    pub fn contains(self, c: Code) -> bool {
        self.0 & c.bit() != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Number of codes in the set.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Union.
    pub fn union(self, o: CodeSet) -> CodeSet {
        CodeSet(self.0 | o.0)
    }

    /// Iterates over the codes in bit order.
    pub fn iter(self) -> impl Iterator<Item = Code> {
        Code::ALL.iter().copied().filter(move |c| self.contains(*c))
    }
}

impl FromIterator<Code> for CodeSet {
    fn from_iter<I: IntoIterator<Item = Code>>(it: I) -> Self {
        let mut s = CodeSet::EMPTY;
        for c in it {
            s.insert(c);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        assert_eq!(Code::ALL.len(), 18);
        for &c in Code::ALL {
            assert_eq!(c.as_str().parse::<Code>().unwrap(), c);
        }
        assert!("nope".parse::<Code>().is_err());
        let s: CodeSet = [Code::Secrecy, Code::Meeting].into_iter().collect();
        assert_eq!(s.len(), 2);
        assert_eq!(
            s.iter().collect::<Vec<_>>(),
            vec![Code::Secrecy, Code::Meeting]
        );
    }
}
