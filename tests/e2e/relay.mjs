// Passes a request on to an LRS, as the test servers that stand in front of one do (the fault
// server's /lrs/, the example site's proxy, the cmi5 LMS): the method, the body and the xAPI headers
// go on, the answer comes back whole.

/** `req` sent on to `target`, with `headers` added; its answer: `{ status, type, body }`. */
export async function relay(req, target, headers = {}) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const sent = { ...headers };
  for (const name of ["authorization", "content-type", "x-experience-api-version"]) {
    if (req.headers[name] && !sent[name]) sent[name] = req.headers[name];
  }
  const body = ["GET", "HEAD"].includes(req.method) ? undefined : Buffer.concat(chunks);
  const answer = await fetch(target, { method: req.method, headers: sent, body });
  return {
    status: answer.status,
    type: answer.headers.get("content-type") ?? "application/json",
    body: Buffer.from(await answer.arrayBuffer()),
  };
}
