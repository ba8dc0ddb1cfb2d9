"""Tables of `screen_message`'s marks, kept apart for the module's size (session 23): the approval mark.

An approval signs off on what waits for someone's decision (a change, a payment, an order, a request): asked of the
reader, it makes a decision that is the user's. `APPROVE` is the verb (stems, every person and mood), `PENDING` what
it is about, in the main languages; `screen_message._approval` reads them in one clause.
"""

from __future__ import annotations

#: Verbs that sign off on what waits for someone's decision, as stems (every person and mood): approve, accept,
#: confirm, merge, release, in the main languages.
APPROVE = (r"(?<!\w)(?:approv|accept|confirm|authori[sz]|merge|sign\s+off|aprueb|aprob|acept|aprov|aceit|approuv|valid|"
           r"accett|conferm|genehmig|bestätig|akzeptier|freigeb|gib\b[^.\n]{0,40}\bfrei\b|keur\b[^.\n]{0,40}\bgoed\b|"
           r"goedkeur|accepteer|bevestig|zatwierd|zaakceptuj|potwierd|одобр|утверд|подтверд|схвал|затверд|підтверд|"
           r"godkänn|bekräfta|godkend|godkjenn|bekræft|bekreft|onayla|schval|potvrď|setujui|konfirmasi|duyệt|jóváhagy)\w*|"
           r"批准|审批通过|承認|승인")  # fmt: skip
#: What waits for that decision: a change, a payment, an order, an access request, a thing given by its number.
PENDING = (r"(?<![\w])(?:pull\s+requests?|prs?|merge\s+requests?|mr|!\d+|#\d+|invoices?|payments?|transfers?|refunds?|"
           r"orders?|expenses?|expense\s+reports?|requests?|access|factur\w*|fattur\w*|fatur\w*|rechnung\w*|faktur\w*|"
           r"счет\w*|счёт\w*|рахун\w*|pago\w*|pagament\w*|paiement\w*|zahlung\w*|überweisung\w*|przelew\w*|betaling\w*|"
           r"pedido\w*|commande\w*|ordine\w*|bestellung\w*|zamówieni\w*|заказ\w*|замовлен\w*|bestelling\w*|"
           r"solicitud\w*|demande\w*|richiest\w*|anfrage\w*|antrag\w*|verzoek\w*|wniosek\w*|wnioski|заявк\w*|"
           r"utgiftsrapport\w*|rapport\w*|reembols\w*|rimbors\w*|remboursement\w*|erstattung\w*|zwrot\w*|"
           r"ödeme\w*|sipariş\w*|talep\w*|platb\w*|objednávk\w*|pembayaran|pesanan|permintaan|"
           r"device-admin|admin\s+request)(?![\w])|\d{3,}|请求|合并|付款|订单|請求|注文|支払|요청|결제|주문")  # fmt: skip
