/** zh-CN texts of the privacy and data page; keys start with `me.privacyPage.`. */
export const privacyPageZh = {
  'me.privacyPage.title': '隐私与数据',
  'me.privacyPage.intro': '点单只保存为你完成点单所需的信息。堂食和自取不需要手机号或地址。',
  'me.privacyPage.keepTitle': '我们保存什么、保存多久',
  'me.privacyPage.keep.orders':
    '订单：已付款的订单作为门店账目保存 3 年（自付款起）；未付款的订单在你删除数据时删除。',
  'me.privacyPage.keep.delivery': '外卖地址：随订单保存，你删除数据时立即删除。',
  'me.privacyPage.keep.cart': '购物车：下单或清空时清空，你删除数据时删除。',
  'me.privacyPage.keep.addresses': '常用地址：直到你删除该地址或删除数据。',
  'me.privacyPage.keep.consents': '消息订阅：一次同意只发一条，直到用完或你删除数据。',
  'me.privacyPage.keep.members': '会员与优惠券：直到你删除数据。',
  'me.privacyPage.keep.invoices':
    '发票：未开出的申请在你删除数据时删除；已开出的发票作为门店账目随订单保留，邮箱删除。',
  'me.privacyPage.keep.encrypted':
    '姓名、电话和地址加密保存，页面上只显示遮挡后的样子；支付由微信支付完成，我们不保存银行卡信息。',
  'me.privacyPage.export': '导出我的数据',
  'me.privacyPage.exporting': '正在导出…',
  'me.privacyPage.exportSummary':
    '订单 {orders} · 购物车 {carts} · 地址 {addresses} · 订阅 {consents} · 会员 {members} · 优惠券 {coupons} · 发票 {invoices}',
  'me.privacyPage.exportedAt': '导出于 {time}',
  'me.privacyPage.copy': '复制全部数据 (JSON)',
  'me.privacyPage.copied': '已复制',
  'me.privacyPage.erase': '删除我的数据',
  'me.privacyPage.eraseTitle': '删除我的数据',
  'me.privacyPage.eraseConfirm1':
    '将删除你的购物车、常用地址、消息订阅、会员、优惠券和未开出的发票申请；已付款的订单和已开出的发票作为门店账目匿名保留。',
  'me.privacyPage.eraseConfirm2': '删除后无法恢复，积分和优惠券也会一并失去。确定删除吗？',
  'me.privacyPage.eraseDone': '已删除',
  'me.privacyPage.eraseSummary':
    '删除 {removed} 项 · 匿名保留订单 {anonymised} 个 · 取消未付款订单 {cancelled} 个',
  'me.privacyPage.keptUntil': '匿名订单最晚保留至 {time}',
  'me.privacyPage.eraseInProgress':
    '你有订单正在制作或等待取餐，请在订单完成后再删除。这次没有删除任何内容。',
  'me.privacyPage.nothingLeft': '没有与你关联的数据了',
} as const;
