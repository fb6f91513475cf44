// Iframe mode, for hosts that cannot serve digest's files under their own paths:
//
//   <div data-digest-embed data-src="https://news.example/" data-theme="dark"
//        data-courses-url="https://learn.example/courses" data-title="AI news"></div>
//   <script defer src="https://news.example/digest-embed.js"></script>
//
// Puts an iframe of the app in each such container, sizes it to its content (the app posts its height),
// passes the host's theme and courses URL, and keeps the host's URL in step with the frame's route
// (?digest=/articles/x), so deep links into the frame work, and dispatches what readers do
// (digest:navigate, digest:promo, ...) on the container, as the app does on its root in mount mode. It tells
// the frame where this page's screen is over it, and scrolls to a place the frame asks for (continue
// reading); data-keys="off" turns the frame's keyboard shortcuts off. With data-xapi-endpoint it hands
// the frame the learning-record settings and credentials it asks for, and it passes a cmi5 launch on.
// Messages are accepted only from the app's origin and from that frame; the app sends them only to
// this page's origin. See docs/embedding.md.
(function () {
  var script = document.currentScript;

  // `url` resolved against this page; as it is when it is no URL at all (the frame says what is wrong).
  function absolute(url) {
    try {
      return new URL(url, location.href).href;
    } catch (error) {
      return url;
    }
  }

  function embed(container) {
    var app = new URL(container.getAttribute("data-src") || new URL(".", script.src).href);
    var appBase = app.pathname.replace(/\/$/, "");
    var hostUrl = new URL(location.href);
    var route = hostUrl.searchParams.get("digest") || "/";
    if (route.charAt(0) !== "/" || route.charAt(1) === "/") route = "/";

    var src = new URL(appBase + route, app.origin);
    src.searchParams.set("embed_origin", location.origin);
    // The page readers share links to: the frame opens ?digest= from it.
    var page = new URL(location.href);
    page.searchParams.delete("digest");
    page.hash = "";
    src.searchParams.set("embed_page", page.href);
    var theme = container.getAttribute("data-theme");
    if (theme) src.searchParams.set("theme", theme);
    var locale = container.getAttribute("data-locale");
    if (locale) src.searchParams.set("locale", locale);
    if (container.getAttribute("data-keys") === "off") src.searchParams.set("keys", "off");
    // Learning records: the frame asks this page for the LRS's settings (see "xapi" below); a cmi5
    // launch of this page goes on to the frame, which is the assignable unit.
    if (container.getAttribute("data-xapi-endpoint")) src.searchParams.set("xapi", "on");
    if (hostUrl.searchParams.get("fetch")) {
      ["endpoint", "fetch", "actor", "registration", "activityId"].forEach(function (name) {
        var value = hostUrl.searchParams.get(name);
        if (value !== null) src.searchParams.set(name, name === "endpoint" || name === "fetch" ? absolute(value) : value);
      });
    }
    var courses = container.getAttribute("data-courses-url");
    if (courses) src.searchParams.set("courses", new URL(courses, location.href).href);

    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = container.getAttribute("data-title") || "AI news";
    frame.setAttribute("scrolling", "no");
    // The frame's Share button uses the share sheet, or else the clipboard: both need the host's leave.
    frame.allow = "clipboard-write; web-share";
    frame.style.cssText = "display:block;width:100%;border:0;height:600px;";
    container.appendChild(frame);

    // Where this page's screen is over the frame, for the app's reading positions: the frame is as tall
    // as its content, so it never scrolls itself.
    var told = false;
    function tellViewport() {
      told = false;
      if (!frame.contentWindow) return;
      var top = -frame.getBoundingClientRect().top;
      frame.contentWindow.postMessage({ source: "digest-host", type: "viewport", top: top, height: window.innerHeight }, app.origin);
    }
    function soon() {
      if (!told) {
        told = true;
        requestAnimationFrame(tellViewport);
      }
    }
    window.addEventListener("scroll", soon, { passive: true });
    window.addEventListener("resize", soon);

    // The LRS's settings and fresh credentials from the host's own callback (data-xapi-auth names a
    // function of this page returning the Authorization header, or a promise of it): never in a page.
    function answerRecords() {
      var name = container.getAttribute("data-xapi-auth");
      var callback = name ? window[name] : null;
      var auth = typeof callback === "function" ? Promise.resolve().then(callback) : Promise.resolve("");
      auth.catch(function (error) {
        console.error("digest-embed: " + name + "() failed:", error);
        return "";
      }).then(function (authorization) {
        if (!frame.contentWindow) return;
        frame.contentWindow.postMessage({
          source: "digest-host", type: "xapi",
          endpoint: absolute(container.getAttribute("data-xapi-endpoint")),
          actor: container.getAttribute("data-xapi-actor") || "",
          registration: container.getAttribute("data-xapi-registration") || "",
          authorization: typeof authorization === "string" ? authorization : "",
        }, app.origin);
      });
    }

    window.addEventListener("message", function (event) {
      var data = event.data;
      if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
      if (!data || data.source !== "digest") return;
      if (data.type === "resize" && typeof data.height === "number" && isFinite(data.height)) {
        frame.style.height = Math.max(0, Math.ceil(data.height)) + "px";
        soon();
      } else if (data.type === "scroll" && typeof data.top === "number" && isFinite(data.top)) {
        window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY + data.top);
      } else if (data.type === "route" && typeof data.path === "string" && data.path.charAt(0) === "/") {
        var path = data.path.indexOf(appBase) === 0 ? data.path.slice(appBase.length) || "/" : data.path;
        var url = new URL(location.href);
        if (path === "/") url.searchParams.delete("digest");
        else url.searchParams.set("digest", path);
        if (url.href !== location.href) history.replaceState(history.state, "", url);
      } else if (data.type === "xapi" && container.getAttribute("data-xapi-endpoint")) {
        answerRecords();
      } else if (data.type === "event" && /^digest:[a-z]+$/.test(data.name) && data.detail && typeof data.detail === "object") {
        // What readers do, for the host's analytics: the same events as in mount mode.
        container.dispatchEvent(new CustomEvent(data.name, { detail: data.detail, bubbles: true, composed: true }));
      }
    });
  }

  document.querySelectorAll("[data-digest-embed]").forEach(embed);
})();
