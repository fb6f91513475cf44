// Applies the reader's stored theme before the first paint, so a dark-mode reader never sees a white
// flash while the WebAssembly loads. Kept in step with src/theme.rs.
(function () {
  try {
    var theme = localStorage.getItem("digest:theme");
    var root = document.getElementById("digest");
    if (root && (theme === "light" || theme === "dark")) root.setAttribute("data-theme", theme);
  } catch (e) {
    // Storage can be blocked (private mode, policies): the system theme applies.
  }
})();
