//! The app's places, as URL fragments (`#/response/<id>/questions`), so the back button, reloads and bookmarks work without a server.

use crate::core::response::ResponseId;

/// A step of the respondent's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Who they are.
    About,
    /// The seven answers.
    Questions,
    /// The publication choice.
    Publication,
    /// Check everything before finishing.
    Review,
    /// The file is saved.
    Done,
}

impl Step {
    const ALL: [(Step, &'static str); 5] = [
        (Step::About, "about"),
        (Step::Questions, "questions"),
        (Step::Publication, "publication"),
        (Step::Review, "review"),
        (Step::Done, "done"),
    ];

    fn slug(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(s, _)| *s == self)
            .map_or("about", |(_, slug)| slug)
    }

    /// The step after this one.
    pub fn next(self) -> Step {
        match self {
            Step::About => Step::Questions,
            Step::Questions => Step::Publication,
            Step::Publication => Step::Review,
            Step::Review | Step::Done => Step::Done,
        }
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Step> {
        match self {
            Step::About => None,
            Step::Questions => Some(Step::About),
            Step::Publication => Some(Step::Questions),
            Step::Review => Some(Step::Publication),
            Step::Done => Some(Step::Review),
        }
    }

    /// Its position among the four steps a person fills in, from 1.
    pub fn number(self) -> usize {
        match self {
            Step::About => 1,
            Step::Questions => 2,
            Step::Publication => 3,
            Step::Review | Step::Done => 4,
        }
    }
}

/// A place in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The introduction and this device's responses.
    Home,
    /// A step of one response; `focus` names an element to put the caret in on arrival.
    Response {
        /// Which response.
        id: ResponseId,
        /// Which step.
        step: Step,
        /// The id of a field to focus, from a "Change" or error link.
        focus: Option<String>,
    },
    /// The accessibility statement.
    Accessibility,
    /// "Embed on your site", for NRIs.
    Embed,
    /// Anything else.
    NotFound,
}

impl Route {
    /// Reads a URL fragment (with or without the leading `#`).
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let parts: Vec<_> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["accessibility"] => Route::Accessibility,
            ["embed"] => Route::Embed,
            ["response", id, step] => {
                let (Some(id), Some((step, _))) = (
                    ResponseId::parse(id),
                    Step::ALL.iter().find(|(_, slug)| slug == step),
                ) else {
                    return Route::NotFound;
                };
                let focus = query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix("focus="))
                    .filter(|f| {
                        !f.is_empty() && f.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                    })
                    .map(str::to_string);
                Route::Response {
                    id,
                    step: *step,
                    focus,
                }
            }
            _ => Route::NotFound,
        }
    }

    /// The fragment for this route, with the leading `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Accessibility => "#/accessibility".to_string(),
            Route::Embed => "#/embed".to_string(),
            Route::Response { id, step, focus } => match focus {
                Some(f) => format!("#/response/{id}/{}?focus={f}", step.slug()),
                None => format!("#/response/{id}/{}", step.slug()),
            },
        }
    }

    /// The route to a step of a response.
    pub fn step(id: &ResponseId, step: Step) -> Route {
        Route::Response {
            id: id.clone(),
            step,
            focus: None,
        }
    }

    /// The route to a field on a step of a response.
    pub fn field(id: &ResponseId, step: Step, element_id: &str) -> Route {
        Route::Response {
            id: id.clone(),
            step,
            focus: Some(element_id.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_fragments() {
        let id = ResponseId::from_random_bytes([3; 16]);
        for route in [
            Route::Home,
            Route::Accessibility,
            Route::Embed,
            Route::step(&id, Step::Questions),
            Route::field(&id, Step::About, "field-name"),
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
    }

    #[test]
    fn unknown_places_are_not_found() {
        for bad in [
            "#/nope",
            "#/response/123/about",
            "#/response/03030303-0303-4303-8303-030303030303/edit",
        ] {
            assert_eq!(Route::parse(bad), Route::NotFound, "{bad}");
        }
        let hostile = "#/response/03030303-0303-4303-8303-030303030303/about?focus=x\"><script>";
        assert!(matches!(
            Route::parse(hostile),
            Route::Response { focus: None, .. }
        ));
    }
}
