//! The page's Content-Security-Policy, sent as a header. Leptos gives every server
//! response a fresh nonce and puts it on the one inline script it needs (the module that
//! loads the islands); the policy allows that script, scripts from this site and wasm,
//! and nothing else: no inline script an attacker managed to inject, no styles or
//! images from elsewhere, no framing, no form posting to another site.

use leptos::prelude::*;

/// The policy for a page whose inline script carries `nonce`.
pub fn policy_with_nonce(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
    )
}

/// Renders nothing; on the server it sets the page's policy header with this
/// response's nonce. Responses that are not pages get a stricter policy from the server.
#[component]
pub fn SecurityPolicy() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) {
        if let Ok(value) = http::HeaderValue::from_str(&policy_with_nonce(&nonce)) {
            response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::policy_with_nonce;

    #[test]
    fn only_the_nonced_inline_script_and_this_sites_files_may_run() {
        let policy = policy_with_nonce("abc123");
        assert!(policy.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval';"));
        assert!(!policy.contains("unsafe-inline"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(policy.contains("form-action 'self'"));
    }
}
