import type { Command } from "../command.js";
import { forecastCommand } from "./forecast.js";
import { goalCommand } from "./goal.js";
import { timerCommand } from "./timer.js";

/** Every `leanback` command, in the order `leanback --help` lists them. Add one line per command. */
export const commands: readonly Command[] = [timerCommand, forecastCommand, goalCommand];
