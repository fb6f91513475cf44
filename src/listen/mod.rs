//! Listen: an article read aloud by the browser's speech synthesis, sentence by sentence, the
//! sentence being read highlighted. Its code is a chunk loaded when the reader first presses Listen
//! ([`crate::lazy`]); the button itself is [`crate::components::ListenButton`].

pub mod controls;
pub mod highlight;
pub mod playback;
pub mod player;
pub mod script;
pub mod sentences;
