// One tag of a tag list.
Component({
  properties: { name: String },
  relations: { '../tag-list/index': { type: 'parent' } },
});
