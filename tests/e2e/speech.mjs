// A scripted stand-in for the browser's speech synthesis (window.speechSynthesis and
// SpeechSynthesisUtterance, the browser's API, not our code): what is said is recorded in
// window.said, an utterance ends when the test calls window.finishUtterance(), and cancel() interrupts
// the one being said, as the browser does.
export async function scriptedSpeech(page) {
  await page.addInitScript(() => {
    const said = [];
    let current = null;
    window.said = said;
    window.cancels = 0;
    const synth = {
      speaking: false,
      paused: false,
      pending: false,
      speak(utterance) {
        said.push({ text: utterance.text, lang: utterance.lang });
        current = utterance;
      },
      cancel() {
        window.cancels += 1;
        const utterance = current;
        current = null;
        if (utterance) setTimeout(() => utterance.onerror?.({ type: "error", error: "interrupted" }), 0);
      },
      pause() {},
      resume() {},
      getVoices: () => [],
      addEventListener() {},
      removeEventListener() {},
    };
    window.finishUtterance = () => {
      const utterance = current;
      current = null;
      utterance?.onend?.({ type: "end" });
      return Boolean(utterance);
    };
    Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
        this.lang = "";
        this.onend = null;
        this.onerror = null;
      }
    };
  });
}

/** A browser without speech synthesis. */
export async function withoutSpeech(page) {
  await page.addInitScript(() => {
    delete Window.prototype.speechSynthesis;
    delete window.speechSynthesis;
    delete window.SpeechSynthesisUtterance;
  });
}

/** The text of the sentence highlighted as being read, or null. */
export const highlighted = (scope) =>
  scope.evaluate(() => {
    const highlight = CSS.highlights.get("digest-listen");
    return highlight ? [...highlight].map((range) => range.toString()).join("") : null;
  });
