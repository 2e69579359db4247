//! The form's own widgets: save status, the warnings that stand between a person and losing their text, and the page options an NRI got wrong.

mod options_banner;
mod save_status;
mod storage_risk;
mod storage_warning;

pub use options_banner::options_banner;
pub use save_status::SaveStatus;
pub use storage_risk::StorageRisk;
pub use storage_warning::StorageWarning;
