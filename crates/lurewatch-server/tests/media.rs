//! Inline media is kept once by content digest, durably, before the event is
//! acknowledged; the stored envelope carries the digest instead of the bytes.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use base64::Engine as _;
use lurewatch_server::app::build;
use lurewatch_server::config::Config;
use lurewatch_server::server::{STRIPPED, parse_stored, router};
use lurewatch_store::ApiKeyRecord;
use sha2::Digest as _;
use tower::ServiceExt;

#[tokio::test]
async fn inline_media_is_kept_by_digest_and_stripped_from_the_envelope() {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        data_dir: dir.path().to_path_buf(),
        max_body_bytes: 4 << 20,
        ..Config::default()
    };
    let state = build(&config, None).await.unwrap();
    let k = lurewatch_server::auth::generate().unwrap();
    state
        .store
        .insert_api_key(&ApiKeyRecord {
            id: k.id.clone(),
            name: "test".into(),
            hash: k.hash,
            scopes: vec!["ingest".into()],
            created: 0,
            revoked: false,
        })
        .await
        .unwrap();
    let image = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../demo/images/upload-03-resized.png"
    ))
    .unwrap();
    let digest = hex::encode(sha2::Sha256::digest(&image));
    let body = serde_json::json!([
        {"type": "media", "account": "u1", "media": {
            "media_id": "m1",
            "content_base64": base64::engine::general_purpose::STANDARD.encode(&image)}},
        // Not base64: refused by validation or kept without bytes, never stored.
        {"type": "message", "conversation": "c1", "sender": "u1", "recipients": ["u2"],
         "text": "look", "attachments": [{"media_id": "m2",
            "content_base64": base64::engine::general_purpose::STANDARD.encode(b"not an image")}]}
    ]);
    let app = router(state.clone(), config.max_body_bytes);
    let response = app
        .oneshot(
            Request::post("/v1/events")
                .header("authorization", format!("Bearer {}", k.key))
                .header("content-type", "application/json")
                .body(Body::from(body.to_string()))
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
        .await
        .unwrap();
    let results: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let seq = results[0]["seq"].as_i64().unwrap();

    // The file is in the media table under its SHA-256...
    assert_eq!(state.store.media(&digest).await.unwrap(), Some(image));
    let other = hex::encode(sha2::Sha256::digest(b"not an image"));
    assert_eq!(
        state.store.media(&other).await.unwrap(),
        Some(b"not an image".to_vec())
    );
    // ...and the stored envelope has the digest where the bytes were.
    let stored = state.store.event(seq).await.unwrap().unwrap();
    let media = &stored.envelope["media"];
    assert!(media.get("content_base64").is_none());
    assert_eq!(media[STRIPPED], digest.as_str());
    // Replay still parses it (without the bytes).
    let envelope = parse_stored(&stored.envelope).unwrap();
    assert!(matches!(envelope.event, lurewatch_core::Event::Media(_)));
}
