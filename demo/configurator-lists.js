// The configurator's lists, edited on the page: its areas (each with its periods of opening
// hours) and its resources, each row added from its template in demo/configurator.html and
// removed by its own button; focus goes where the web team carries on.
import { field } from './configurator-dom.js';

/**
 * Wires the buttons of the lists in `areas` and `resources`; `presetStatus` says which area was
 * removed, and `update` runs after each change.
 * @returns {{ addArea: () => HTMLElement, addResource: () => HTMLElement }} each adds a row and returns it
 */
export function editLists({ areas, resources, areaTemplate, periodTemplate, resourceTemplate, presetStatus, update }) {
  function addResource() {
    resources.insertBefore(resourceTemplate.content.cloneNode(true), document.getElementById('add-resource'));
    return [...resources.querySelectorAll('.resource')].at(-1);
  }

  function addArea() {
    areas.insertBefore(areaTemplate.content.cloneNode(true), document.getElementById('add-area'));
    return [...areas.querySelectorAll('.area')].at(-1);
  }

  document.getElementById('add-area').addEventListener('click', () => {
    addArea().querySelector('input').focus();
    update();
  });
  // Per area: remove it; add or remove a period of opening hours.
  areas.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    const row = button?.closest('.area');
    if (!row) return;
    if (button.classList.contains('remove-area')) {
      const name = field(row, 'area.name.en') || 'The area';
      row.remove();
      presetStatus.textContent = `${name} removed. / Wedi’i thynnu.`;
      document.getElementById('add-area').focus();
    } else if (button.classList.contains('add-period')) {
      row.querySelector('.periods').append(periodTemplate.content.cloneNode(true));
      row.querySelector('.period:last-child input').focus();
    } else if (button.classList.contains('remove-period')) {
      button.closest('.period').remove();
      row.querySelector('.add-period').focus();
    } else {
      return;
    }
    update();
  });
  document.getElementById('add-resource').addEventListener('click', () => {
    addResource().querySelector('input').focus();
    update();
  });
  resources.addEventListener('click', (event) => {
    const button = event.target.closest?.('button.remove-resource');
    if (!button) return;
    button.closest('.resource').remove();
    document.getElementById('add-resource').focus();
    update();
  });

  return { addArea, addResource };
}
