//! What the domain has to tell a person, named rather than worded: a language-file key
//! (`app/locales/*.ftl`) and the values of its placeholders. The pages put it in the
//! reader's language; the domain stays free of wording and of the request.

/// A message by key, with its placeholders' values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: String,
    pub args: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: impl Into<String>) -> Message {
        Message {
            key: key.into(),
            args: Vec::new(),
        }
    }

    /// The same message with `{name}` to be filled by `value`.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, value.to_string()));
        self
    }
}
