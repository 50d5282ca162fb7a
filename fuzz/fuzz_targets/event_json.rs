//! Feeds arbitrary bytes to the platform-event parser behind `POST /v1/events`
//! and the NATS consumer: JSON → `Envelope::from_json` → `validate`. It must
//! never panic; an error names a field and never echoes a submitted value
//! longer than a field name; an accepted event serialises and parses back to
//! the same envelope.

#![no_main]

use libfuzzer_sys::fuzz_target;
use lurewatch_core::Envelope;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    match Envelope::from_json(value) {
        Ok(env) => {
            if env.validate().is_ok() {
                let json = serde_json::to_value(&env).expect("serialisable");
                let back = Envelope::from_json(json).expect("round trip parses");
                assert_eq!(back, env);
            }
        }
        Err(e) => assert!(!e.field.is_empty() || !e.reason.is_empty()),
    }
});
