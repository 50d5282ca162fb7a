// The `AuditStore` implementation shared by both backends, `include!`d into
// `sqlite.rs` and `postgres.rs` after `shared.rs` (same names in scope).

#[async_trait::async_trait]
impl crate::AuditStore for Backend {
    async fn append_audit(
        &self,
        _entry: &crate::NewAuditEntry,
    ) -> Result<crate::AuditEntry, StoreError> {
        Err(StoreError::Database("the audit log is not implemented yet".into()))
    }
}
