import { render } from "preact";
import { App } from "./app.js";
import { registerServiceWorker } from "./pwa/register.js";
import { startOutboxSync } from "./pwa/outbox-sync.js";
import "./styles/app.css";

const root = document.getElementById("app");
if (!root) throw new Error("index.html has no #app element");
render(<App />, root);
registerServiceWorker();
startOutboxSync();
