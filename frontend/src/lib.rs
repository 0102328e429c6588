//! The wasm entry: wakes up the islands on a server-rendered page.

// Nothing here names an item of `app`, so without this the linker would drop the crate
// and with it every #[island]'s exported hydrate function.
extern crate app;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
