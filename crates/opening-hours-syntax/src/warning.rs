/// Some warning emited during the expression parsing. These warning are not
/// critical and the expression will be parsed with no ambuiguity.
///
/// (Wegweiser's copy: a warning carries the literal it is about, where upstream's carries
/// pest's pair.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning<'e> {
    /// The literal should be capitalized
    ShouldBeCapitalized(&'e str),
    /// The literal should be lowercase
    ShouldBeLowercase(&'e str),
}

impl<'e> Warning<'e> {
    /// The literal that emited this warning.
    pub fn as_str(&self) -> &'e str {
        match self {
            Self::ShouldBeCapitalized(literal) | Self::ShouldBeLowercase(literal) => literal,
        }
    }
}

impl core::fmt::Display for Warning<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self {
            Self::ShouldBeCapitalized(literal) => {
                write!(f, "literal should be capitalized, got '{literal}'")
            }
            Self::ShouldBeLowercase(literal) => {
                write!(f, "literal should be lowercase, got '{literal}'")
            }
        }
    }
}
