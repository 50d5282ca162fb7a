//! Per-user wellness settings: how media is shown before it is revealed.
//!
//! Blur radius (0 to 40 px, default 16), grayscale (default on) and
//! autoplay of animated media and video (default off). Applied to every
//! image on the case page through CSS classes (the console's CSP forbids
//! inline styles).

use askama::Template;
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use lurewatch_store::WellnessSettings;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::ConsoleError;
use crate::ui::Chrome;
use crate::{BASE_PATH, ConsoleState};

/// Blur radii offered by the form.
const BLUR_CHOICES: [u8; 8] = [0, 4, 8, 12, 16, 24, 32, 40];

pub(crate) fn routes() -> Router<ConsoleState> {
    Router::new().route("/settings", get(settings_page).post(save))
}

#[derive(Template)]
#[template(path = "settings.html")]
struct SettingsPage {
    chrome: Chrome,
    wellness: WellnessSettings,
    blur_choices: Vec<BlurChoice>,
    saved: bool,
}

struct BlurChoice {
    px: u8,
    selected: bool,
}

#[derive(Debug, Deserialize)]
struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn settings_page(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    Query(query): Query<SavedQuery>,
) -> Result<Response, ConsoleError> {
    let wellness = state.store.wellness(&user.name).await?;
    crate::ui::page(&SettingsPage {
        chrome: Chrome::new(&user, "settings"),
        blur_choices: BLUR_CHOICES
            .iter()
            .map(|&px| BlurChoice {
                px,
                selected: px == wellness.blur,
            })
            .collect(),
        wellness,
        saved: query.saved.is_some(),
    })
}

#[derive(Debug, Deserialize)]
struct SettingsForm {
    blur: String,
    #[serde(default)]
    grayscale: Option<String>,
    #[serde(default)]
    autoplay: Option<String>,
}

async fn save(
    State(state): State<ConsoleState>,
    user: CurrentUser,
    axum::Form(form): axum::Form<SettingsForm>,
) -> Result<Response, ConsoleError> {
    let blur: u8 = form
        .blur
        .trim()
        .parse()
        .ok()
        .filter(|b| *b <= WellnessSettings::MAX_BLUR)
        .ok_or_else(|| {
            ConsoleError::BadRequest(format!(
                "Blur is a number of pixels from 0 to {}.",
                WellnessSettings::MAX_BLUR
            ))
        })?;
    let settings = WellnessSettings {
        blur,
        grayscale: form.grayscale.is_some(),
        autoplay: form.autoplay.is_some(),
    };
    state.store.set_wellness(&user.name, &settings).await?;
    Ok(Redirect::to(&format!("{BASE_PATH}/settings?saved=1")).into_response())
}
