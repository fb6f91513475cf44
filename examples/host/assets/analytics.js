// The academy's analytics, as a host would wire them: digest dispatches what readers do as DOM
// events that bubble from its root (mount mode) or from the embed container (iframe mode), so one
// listener on the document hears both. Here they are logged; a real site would send them to its
// analytics. Kept in window.academyEvents too, for the example's tests.
(function () {
  var types = [
    "digest:navigate", "digest:promo", "digest:share", "digest:save", "digest:search",
    "digest:shortcut", "digest:progress", "digest:continue", "digest:new", "digest:listen",
    "digest:step", "digest:statement",
  ];
  window.academyEvents = [];
  types.forEach(function (type) {
    document.addEventListener(type, function (event) {
      window.academyEvents.push({ type: event.type, detail: event.detail });
      console.info("[academy analytics]", event.type, JSON.stringify(event.detail));
    });
  });
})();
