// Applies the reader's stored theme before the first paint, so a dark-mode reader never sees a white
// flash while the WebAssembly loads. Loaded (blocking, tiny) from our own index.html's head, where
// #digest does not exist yet: the mark goes on <html>, and the app moves it to #digest when it starts
// (src/theme.rs uses the same storage key).
(function () {
  try {
    var theme = localStorage.getItem("digest:theme");
    if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-digest-theme", theme);
  } catch (e) {
    // Storage can be blocked (private mode, policies): the system theme applies.
  }
})();
