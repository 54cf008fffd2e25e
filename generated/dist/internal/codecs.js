function loadBodyEncoder() {
  return import("./request-body.js");
}
function loadStreams() {
  return import("../core/streaming.js");
}
export {
  loadBodyEncoder,
  loadStreams
};
