// An order form drawn with every form built-in; each handler shows what the built-in sent.
const DISHES = [
  { id: 'noodles', name: '牛肉面' },
  { id: 'rice', name: '蛋炒饭' },
  { id: 'dumplings', name: '水饺' },
];

Component({
  data: {
    dishes: DISHES,
    dishIndex: 0,
    pickupTime: '12:00',
    pickupDate: '2026-12-02',
    sizes: [
      ['小份', '大份'],
      ['不辣', '微辣', '特辣'],
    ],
    sizeIndex: [0, 0],
    columnChanges: [],
    name: '',
    tableCode: '',
    people: '',
    note: '',
    noteLines: 1,
    takeaway: false,
    payment: 'wechat',
    extras: [],
    confirmed: '',
    focused: '',
    cancelled: 0,
    submitted: '',
    resets: 0,
    spice: 1,
    spicing: 0,
    tea: false,
    focusName: false,
  },
  methods: {
    onLoad() {},
    onName(event) {
      this.setData({ name: event.detail.value });
    },
    onTableCode(event) {
      // The platform puts bindinput's return value in the field: table codes are upper case.
      const code = event.detail.value.toUpperCase();
      this.setData({ tableCode: code });
      return code;
    },
    onPeople(event) {
      this.setData({ people: event.detail.value });
    },
    onEditName() {
      this.setData({ focusName: true });
    },
    onNameFocus() {
      this.setData({ focused: 'name' });
    },
    onNameBlur(event) {
      this.setData({ focused: `left with ${event.detail.value}`, focusName: false });
    },
    onNameConfirm(event) {
      this.setData({ confirmed: event.detail.value });
    },
    onNote(event) {
      this.setData({ note: event.detail.value });
    },
    onNoteLines(event) {
      this.setData({ noteLines: event.detail.lineCount });
    },
    onDish(event) {
      this.setData({ dishIndex: Number(event.detail.value) });
    },
    onDishCancel() {
      this.setData({ cancelled: this.data.cancelled + 1 });
    },
    onPickupTime(event) {
      this.setData({ pickupTime: event.detail.value });
    },
    onPickupDate(event) {
      this.setData({ pickupDate: event.detail.value });
    },
    onSizeColumn(event) {
      this.setData({
        columnChanges: [...this.data.columnChanges, `${event.detail.column}:${event.detail.value}`],
      });
    },
    onSize(event) {
      this.setData({ sizeIndex: event.detail.value });
    },
    onTakeaway(event) {
      this.setData({ takeaway: event.detail.value });
    },
    onPayment(event) {
      this.setData({ payment: event.detail.value });
    },
    onExtras(event) {
      this.setData({ extras: event.detail.value });
    },
    onTea(event) {
      this.setData({ tea: event.detail.value });
    },
    onSpicing(event) {
      this.setData({ spicing: event.detail.value });
    },
    onSpice(event) {
      this.setData({ spice: event.detail.value });
    },
    onSubmit(event) {
      this.setData({ submitted: JSON.stringify(event.detail.value) });
    },
    onReset() {
      this.setData({ resets: this.data.resets + 1 });
    },
  },
});
