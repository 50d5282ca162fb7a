// The `ReviewStore` implementation shared by both backends, `include!`d into
// `sqlite.rs` and `postgres.rs` after `shared.rs` (same names in scope).

#[async_trait::async_trait]
impl crate::ReviewStore for Backend {
    async fn review_ready(&self) -> Result<(), StoreError> {
        Ok(())
    }
}
