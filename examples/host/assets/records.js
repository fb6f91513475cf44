// The academy's side of learning records. digest asks this function for the Authorization header of
// each request to the academy's LRS (data-xapi-auth="academyLrsAuth"); the academy's server hands a
// short-lived one to the signed-in learner's session, so no credential is ever written into a page.
function academyLrsAuth() {
  return fetch("/session/lrs-auth", { credentials: "same-origin", cache: "no-store" })
    .then(function (response) {
      if (!response.ok) throw new Error("the academy's session answered " + response.status);
      return response.json();
    })
    .then(function (session) {
      return session.authorization;
    });
}
