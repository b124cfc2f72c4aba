import { h, nextId } from '../../../ui/dom';
import { ApiError, userMessage } from '../../../api/errors';

/**
 * Form fields of the users and allocations areas: a label tied to its control, and under it the
 * `.field-message` where a refusal about that field is shown (the control points at it with
 * aria-describedby, so a screen reader reads the refusal with the field).
 */
export interface Field<E extends HTMLElement = HTMLInputElement> {
  name: string;
  control: E;
  message: HTMLElement;
  element: HTMLElement;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export function field<E extends Control>(name: string, label: string, control: E, hint?: string): Field<E> {
  const id = control.id || nextId(name);
  control.id = id;
  control.name ||= name;
  const message = h('p', { class: 'field-message', id: `${id}-message`, role: 'alert', dataset: { field: name } });
  const hintEl = hint ? h('small', { class: 'muted', id: `${id}-hint` }, hint) : null;
  control.setAttribute('aria-describedby', [hintEl ? `${id}-hint` : '', `${id}-message`].filter(Boolean).join(' '));
  const element = h('div', { class: 'work-field', dataset: { field: name } }, h('label', { for: id }, label), control, hintEl, message);
  return { name, control, message, element };
}

export function textInput(attrs: Record<string, unknown> = {}): HTMLInputElement {
  return h('input', { type: 'text', autocomplete: 'off', ...attrs });
}

/** A group of checkboxes (roles) with its legend and its own message. */
export function checkboxGroup(name: string, legend: string, options: { value: string; label: string; checked: boolean }[]): Field<HTMLFieldSetElement> & { values: () => string[] } {
  const id = nextId(name);
  const message = h('p', { class: 'field-message', id: `${id}-message`, role: 'alert', dataset: { field: name } });
  const boxes = options.map((o) => h('input', { type: 'checkbox', name, value: o.value, checked: o.checked }) as HTMLInputElement);
  const control = h('fieldset', { class: 'work-checks', id, 'aria-describedby': `${id}-message` },
    h('legend', {}, legend),
    options.map((o, i) => h('label', { class: 'check' }, boxes[i], ' ', o.label)),
    message);
  return { name, control, message, element: control, values: () => boxes.filter((b) => b.checked).map((b) => b.value) };
}

/** Clears every field's message and the form's own. */
export function clearMessages(fields: { message: HTMLElement }[], formMessage: HTMLElement): void {
  fields.forEach((f) => { f.message.textContent = ''; });
  formMessage.replaceChildren();
}

/**
 * Shows a refusal next to the field it is about (the API's details.field, or the field `locate`
 * picks from the error), else at the form's foot. Focuses that field, so the user sees where to act.
 */
export function showRefusal(error: unknown, fields: Field<HTMLElement>[], formMessage: HTMLElement, locate?: (e: ApiError) => string | null): void {
  const text = userMessage(error);
  const name = error instanceof ApiError
    ? (typeof error.details.field === 'string' ? error.details.field : null) ?? locate?.(error) ?? null
    : null;
  const target = fields.find((f) => f.name === name);
  if (target) {
    target.message.textContent = text;
    (target.control.querySelector('input') ?? target.control).focus();
  } else {
    formMessage.replaceChildren(h('p', { class: 'error', role: 'alert' }, text));
  }
}

/** Our own check before sending (what the API would refuse too), shown the same way. */
export function fieldError(f: Field<HTMLElement>, text: string): false {
  f.message.textContent = text;
  (f.control.querySelector('input') ?? f.control).focus();
  return false;
}
