import { v } from './_helpers.mjs';

export default [
  v('scalars without selection', `{ version parcel { id area name } }`),
  v('enum without selection', `{ parcel { landUse } }`),
  v('object without selection', `{ me }`),
  v('object without selection with args', `{ parcel(id: "1") }`),
  v('interface without selection', `{ feature(id: "1") }`),
  v('union without selection', `{ holder }`),
  v('list of objects without selection', `{ parcels }`),
  v('nested object without selection', `{ me { parcels } }`),
  v('selection on scalar', `{ version { length } }`),
  v('selection on enum', `{ parcel { landUse { name } } }`),
  v('selection on scalar with args', `{ parcel { area(unit: HECTARES) { value } } }`),
  v('selection on __typename', `{ __typename { name } }`),
  v('selection on custom scalar', `{ flags { a } }`),
  v('selection on list of scalars', `{ parcel { tags { x } } }`),
  v('subscription root without selection', `subscription { parcelChanged }`, { validateOnly: true }),
  v('mutation root without selection', `mutation { createParcel(input: { code: "A", area: 1 }) }`),
];
