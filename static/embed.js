// bpf-survey's script-tag embed. On the NRI's page:
//   <script src="https://APP/embed.js" defer></script>
//   <bpf-survey nri="Nigeria IGF" lang="fr" contact="bpf@example.org"></bpf-survey>
// (or <div data-bpf-survey data-nri="Nigeria IGF"></div>). Each becomes the form, in a frame
// inside the element's shadow root: the page's styles and the form's never meet, and the form
// keeps its own strict policy. The element's attributes are the form's options (unknown or
// invalid ones are named in the form); `host` is set to this page's origin, the only one the
// form talks to. The form's messages come out as DOM events on the element
// ("bpf-survey:ready", "bpf-survey:height", "bpf-survey:saved", "bpf-survey:downloaded"), and
// the frame follows the form's height, so there is no inner scrollbar.
(() => {
  const app = new URL(".", document.currentScript.src);
  const skip = new Set(["id", "class", "style", "title", "data-bpf-survey"]);

  class BpfSurvey extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const options = new URLSearchParams();
      for (const name of this.getAttributeNames()) {
        if (!skip.has(name)) options.set(name.replace(/^data-/, ""), this.getAttribute(name));
      }
      options.set("host", location.origin);
      const frame = document.createElement("iframe");
      frame.title = this.getAttribute("title") || "BPF Cybersecurity: call for contributions";
      // Another questionnaire than the built-in one is asked by form.html.
      frame.src = `${options.has("questionnaire") ? new URL("form.html", app) : app}?${options}`;
      Object.assign(frame.style, { display: "block", width: "100%", border: "0", height: "40rem" });
      this.style.display = "block";
      this.attachShadow({ mode: "open" }).append(frame);
      addEventListener("message", (event) => {
        const data = event.data;
        if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
        if (!data || typeof data.type !== "string" || !data.type.startsWith("bpf-survey:")) return;
        if (data.type === "bpf-survey:height" && Number.isFinite(data.height) && data.height > 0) {
          frame.style.height = `${Math.ceil(data.height)}px`;
        }
        this.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true, composed: true }));
      });
    }
  }

  if (!customElements.get("bpf-survey")) customElements.define("bpf-survey", BpfSurvey);
  const upgrade = () => {
    for (const holder of document.querySelectorAll("div[data-bpf-survey]")) {
      const element = document.createElement("bpf-survey");
      for (const { name, value } of holder.attributes) {
        if (name.startsWith("data-") && name !== "data-bpf-survey") element.setAttribute(name.slice(5), value);
      }
      holder.replaceChildren(element);
      holder.removeAttribute("data-bpf-survey");
    }
  };
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", upgrade);
  else upgrade();
})();
