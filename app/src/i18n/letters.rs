//! The letters we email, in the recipient's language rather than the reader's: an
//! officer's verdict goes out in the proposer's language, whoever clicked the button.
//! A letter is `{key}.subject` and `{key}.body` in a language file; a body runs over
//! several lines of its file, as Fluent allows.

use super::text_with;

/// A letter's subject and body in `lang`, with the placeholders filled.
pub fn letter(lang: &str, key: &str, args: &[(&str, String)]) -> (String, String) {
    (
        line(lang, &format!("{key}.subject"), args),
        line(lang, &format!("{key}.body"), args),
    )
}

/// One text of a letter in `lang` (a part, or a line that is there only sometimes).
pub fn line(lang: &str, key: &str, args: &[(&str, String)]) -> String {
    text_with(lang, key, args)
}

// The words come from the language files, which only the server build holds.
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn a_letter_is_written_in_the_language_asked_for_with_its_line_breaks() {
        let args = [
            ("name", "Rhiannon".to_owned()),
            ("round", "Community Budget 2026".to_owned()),
            ("place", "Ilfracombe".to_owned()),
            ("vote", "https://example.org/vote".to_owned()),
            (
                "closes",
                "Voting closes at 10pm on Sunday 15 June.".to_owned(),
            ),
        ];
        let (subject, body) = letter("en", "letter.reminder", &args);
        assert_eq!(
            subject,
            "There is still time to vote: Community Budget 2026"
        );
        assert!(
            body.starts_with("Dear Rhiannon,\n\nVoting is open"),
            "{body}"
        );
        let (subject, body) = letter("cy", "letter.reminder", &args);
        assert!(subject.contains("Community Budget 2026"), "{subject}");
        assert_ne!(
            subject,
            "There is still time to vote: Community Budget 2026"
        );
        assert!(body.starts_with("Annwyl Rhiannon,\n\n"), "{body}");
        assert!(!body.contains("\\n") && !body.contains('{'), "{body}");
    }

    #[test]
    fn what_people_typed_goes_into_a_letter_as_it_is() {
        let (_, body) = letter(
            "en",
            "letter.reminder",
            &[
                ("name", "{ $vote }".to_owned()),
                ("vote", "link".to_owned()),
                ("round", "{round}".to_owned()),
                ("place", "Ilfracombe".to_owned()),
                ("closes", String::new()),
            ],
        );
        assert!(body.starts_with("Dear { $vote },"), "{body}");
        assert!(body.contains("Voting is open in {round}"), "{body}");
    }
}
