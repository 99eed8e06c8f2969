// The accessibility gate in this UI language (see support/gate.mjs).
import { accessibilityGate } from './support/gate.mjs';

accessibilityGate('ar');
