//! Logging to stderr, filtered by `RUST_LOG` (default: info for Commonpot, warn else),
//! as JSON lines when COMMONPOT_LOG_FORMAT=json (for a log collector), each carrying
//! the request span (its id, method and route) it was written in.

pub fn init() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("warn,server=info,app=info,commonpot=info")
    });
    let json = std::env::var("COMMONPOT_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    // stderr: stdout is for what a command prints (a count, an export).
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false);
    let _ = if json {
        builder
            .json()
            .with_current_span(true)
            .with_span_list(false)
            .try_init()
    } else {
        builder.try_init()
    };
}
