//! The headers a browser acts on: a Content-Security-Policy that lets only the page's
//! own nonced script run, no framing, no caching of pages, https remembered when the
//! site is served over https.

use crate::helpers::{get, spawn_app, spawn_behind_https};
use crate::visitors::Visitor;

fn header<'a>(res: &'a reqwest::Response, name: &str) -> &'a str {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("no {name} header on {}", res.url()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_runs_only_its_own_nonced_script_and_is_never_cached_or_framed() {
    let app = spawn_app().await;
    let client = reqwest::Client::new();
    let ballot = format!(
        "{}/neighbourhoods/ilfracombe/rounds/2026-27/vote",
        app.address
    );
    let first = get(&client, &ballot).await;
    assert_eq!(first.status(), 200);
    let policy = header(&first, "content-security-policy").to_owned();
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    assert!(!policy.contains("'unsafe-eval'"), "{policy}");
    assert!(policy.contains("frame-ancestors 'none'"), "{policy}");
    assert_eq!(header(&first, "cache-control"), "no-store");
    assert_eq!(header(&first, "x-frame-options"), "DENY");
    assert_eq!(header(&first, "x-content-type-options"), "nosniff");
    assert!(header(&first, "permissions-policy").contains("camera=()"));
    // Served over plain http, the browser is not told to insist on https.
    assert!(first.headers().get("strict-transport-security").is_none());
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy")
        .to_owned();
    let page = first.text().await.unwrap();
    // Every inline script on the page carries the nonce; no other does.
    let inline_scripts: Vec<&str> = page
        .split("<script")
        .skip(1)
        .filter(|tag| !tag.split('>').next().unwrap_or("").contains("src="))
        .collect();
    assert!(!inline_scripts.is_empty(), "the islands' loader is inline");
    for tag in inline_scripts {
        assert!(
            tag.starts_with(&format!(" type=\"module\" nonce=\"{nonce}\""))
                || tag.starts_with(&format!(" nonce=\"{nonce}\"")),
            "an inline script without this response's nonce: <script{}",
            &tag[..tag.len().min(80)]
        );
    }
    // A fresh nonce for each response.
    let second = get(&client, &ballot).await;
    assert_ne!(header(&second, "content-security-policy"), policy);

    // Answers that are not pages allow no script at all of their own.
    let data = get(&client, &format!("{}/healthz", app.address)).await;
    let strict = header(&data, "content-security-policy");
    assert!(!strict.contains("nonce-"), "{strict}");
    assert!(strict.contains("frame-ancestors 'none'"), "{strict}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_page_and_a_refusal_are_not_kept_by_the_browser_or_a_proxy() {
    let app = spawn_app().await;
    let resident = Visitor::signed_in(&app, "resident.ilfracombe@demo.invalid").await;
    for path in ["/account", "/neighbourhoods/ilfracombe/codes", "/sign-in"] {
        let res = resident
            .client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(header(&res, "cache-control"), "no-store", "{path}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn served_over_https_the_browser_is_told_to_keep_to_https() {
    let app = spawn_behind_https().await;
    let client = reqwest::Client::new();
    let res = get(&client, &format!("{}/", app.address)).await;
    assert_eq!(
        header(&res, "strict-transport-security"),
        "max-age=31536000"
    );
}
