//! A browser, as far as the server can tell: its own cookies, the CSRF token from the
//! last page it loaded, and helpers to sign in and post forms.

use crate::helpers::TestApp;
use reqwest::header::{ACCEPT, REFERER};

pub struct Visitor {
    pub client: reqwest::Client,
    pub csrf: String,
    pub base: String,
}

pub struct Answer {
    pub status: u16,
    pub location: Option<String>,
    pub set_cookies: Vec<String>,
    pub body: String,
}

pub fn csrf_in(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")?;
    let rest = &html[at + "name=\"csrf\" value=\"".len()..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// The demo password of a demo account (see `seed/demo_people.rs`).
pub fn demo_password(email: &str) -> String {
    let who = email.split('@').next().unwrap().replace('.', " ");
    format!("{who} commonpot demo")
}

impl Visitor {
    /// A new browser that has loaded the sign-in page (so it holds a CSRF cookie).
    pub async fn new(app: &TestApp) -> Visitor {
        Visitor::with_headers(app, reqwest::header::HeaderMap::new()).await
    }

    /// A browser whose every request says it was forwarded for `address` (as a proxy in
    /// front of the server says, or as anyone can type).
    pub async fn forwarded_for(app: &TestApp, address: &str) -> Visitor {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert("x-forwarded-for", address.parse().unwrap());
        Visitor::with_headers(app, headers).await
    }

    async fn with_headers(app: &TestApp, headers: reqwest::header::HeaderMap) -> Visitor {
        let client = reqwest::Client::builder()
            .default_headers(headers)
            // A stuck request fails its test instead of hanging the run.
            .timeout(std::time::Duration::from_secs(60))
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .unwrap();
        let mut visitor = Visitor {
            client,
            csrf: String::new(),
            base: app.address.clone(),
        };
        visitor.refresh_csrf().await;
        visitor
    }

    pub async fn refresh_csrf(&mut self) {
        let html = self.get("/sign-in").await.body;
        self.csrf = csrf_in(&html).expect("the sign-in page has a CSRF field");
    }

    /// A demo account, signed in.
    pub async fn signed_in(app: &TestApp, email: &str) -> Visitor {
        Visitor::signed_in_reading(app, email, None).await
    }

    /// Any account, signed in with its password.
    pub async fn signed_in_with(app: &TestApp, email: &str, password: &str) -> Visitor {
        let mut visitor = Visitor::new(app).await;
        visitor.sign_in(email, password).await;
        visitor
    }

    async fn sign_in(&mut self, email: &str, password: &str) {
        let answer = self
            .post("/api/sign_in", &[("email", email), ("password", password)])
            .await;
        assert!(
            answer.status < 400,
            "{email} could not sign in: {} {}",
            answer.status,
            answer.body
        );
        self.refresh_csrf().await;
    }

    /// Follows the confirmation link emailed to `email`, as its owner would.
    pub async fn confirm_email(&self, app: &TestApp, email: &str) {
        let link = app.link_to(email, "/account/confirm/").await;
        let token = link.rsplit('/').next().unwrap();
        let answer = self.post("/api/confirm_email", &[("token", token)]).await;
        assert!(answer.status < 400, "{} {}", answer.status, answer.body);
    }

    /// A new account with its address confirmed, signed in.
    pub async fn signed_up(app: &TestApp, name: &str, email: &str, password: &str) -> Visitor {
        let visitor = Visitor::signed_up_unconfirmed(app, name, email, password).await;
        visitor.confirm_email(app, email).await;
        visitor
    }

    /// A new account whose address is not confirmed yet, signed in.
    pub async fn signed_up_unconfirmed(
        app: &TestApp,
        name: &str,
        email: &str,
        password: &str,
    ) -> Visitor {
        let mut visitor = Visitor::new(app).await;
        let answer = visitor
            .post(
                "/api/sign_up",
                &[
                    ("display_name", name),
                    ("email", email),
                    ("password", password),
                ],
            )
            .await;
        assert_eq!(answer.status, 200, "{}", answer.body);
        visitor.refresh_csrf().await;
        visitor
    }

    /// `admin` invites `email` to `role` (in `place`), and this visitor, signed in with
    /// that address, accepts from the emailed link.
    pub async fn invited(
        &mut self,
        app: &TestApp,
        admin: &Visitor,
        email: &str,
        role: &str,
        place: &str,
    ) {
        let sent = admin
            .post(
                "/api/invite_role",
                &[("email", email), ("role", role), ("neighbourhood", place)],
            )
            .await;
        assert!(sent.status < 400, "{} {}", sent.status, sent.body);
        let link = app.link_to(email, "/invitations/").await;
        let token = link.rsplit('/').next().unwrap();
        let accepted = self
            .post("/api/accept_invitation", &[("token", token)])
            .await;
        assert!(
            accepted.status < 400,
            "{} {}",
            accepted.status,
            accepted.body
        );
        // A new role changes what the pages offer; take a fresh token.
        self.refresh_csrf().await;
    }

    /// A demo account, signed in by someone who chose a language first (if given).
    pub async fn signed_in_reading(app: &TestApp, email: &str, lang: Option<&str>) -> Visitor {
        let mut visitor = Visitor::new(app).await;
        if let Some(lang) = lang {
            let chosen = visitor.choose_language(lang, "/sign-in").await;
            assert_eq!(chosen.status, 303, "{}", chosen.body);
        }
        visitor.sign_in(email, &demo_password(email)).await;
        visitor
    }

    pub async fn get(&self, path: &str) -> Answer {
        let url = format!("{}{}", self.base, path);
        let res = crate::helpers::get(&self.client, &url).await;
        answer(res).await
    }

    /// The language button in the page header, pressed on the page `back`.
    pub async fn choose_language(&self, code: &str, back: &str) -> Answer {
        self.submit(back, "/language", &[("code", code), ("back", back)])
            .await
    }

    /// A form post as a script would send it: the CSRF token added, errors as statuses.
    pub async fn post(&self, path: &str, fields: &[(&str, &str)]) -> Answer {
        let mut form: Vec<(&str, &str)> = vec![("csrf", &self.csrf)];
        form.extend_from_slice(fields);
        self.post_raw(path, &form).await
    }

    pub async fn post_raw(&self, path: &str, form: &[(&str, &str)]) -> Answer {
        let res = self
            .client
            .post(format!("{}{}", self.base, path))
            .form(form)
            .send()
            .await
            .unwrap();
        answer(res).await
    }

    /// A form post as a browser with JavaScript off sends it, from the page `from`.
    pub async fn submit(&self, from: &str, path: &str, fields: &[(&str, &str)]) -> Answer {
        let mut form: Vec<(&str, &str)> = vec![("csrf", &self.csrf)];
        form.extend_from_slice(fields);
        let res = self
            .client
            .post(format!("{}{}", self.base, path))
            .header(ACCEPT, "text/html,application/xhtml+xml")
            .header(REFERER, format!("{}{}", self.base, from))
            .form(&form)
            .send()
            .await
            .unwrap();
        answer(res).await
    }
}

async fn answer(res: reqwest::Response) -> Answer {
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let set_cookies = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok().map(str::to_owned))
        .collect();
    let body = res.text().await.unwrap_or_default();
    Answer {
        status,
        location,
        set_cookies,
        body,
    }
}
