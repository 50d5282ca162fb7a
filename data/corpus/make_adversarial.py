#!/usr/bin/env python3
"""Writes adversarial.jsonl: hand-written evasions (homoglyphs, zero-width chars, spaced letters, leetspeak,
emoji substitution, code-switching) and tricky negatives. Deterministic. Non-explicit."""
import json, os, random

ZW = "\u200b"  # zero-width space
ZWJ = "\u200d"
CYR = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"}

def homo(s, every=2):
    out, k = [], 0
    for ch in s:
        if ch in CYR:
            k += 1
            out.append(CYR[ch] if k % every == 0 else ch)
        else:
            out.append(ch)
    return "".join(out)

def zw(word):
    return ZW.join(word)

# (label, lang, [(role, text, codes)]) ; role A = first sender
P = [
 (1, "en", [("A", "hey cutie", []), ("B", "hi", []), ("A", f"add me on {homo('snapchat')}", ["off_platform"]), ("A", "dont tell ur mom ok", ["secrecy"])]),
 (1, "en", [("A", "how 0ld r u", ["age_probe"]), ("B", "14", []), ("A", "4ge is ju5t a numb3r", ["age_probe"]), ("A", "hmu on t e l e g r a m", ["off_platform"])]),
 (1, "en", [("A", f"whats ur {zw('snap')}", ["off_platform"]), ("B", "why", []), ("A", "ur so mature for ur age", ["compliments_trust"]), ("A", f"are ur {zw('parents')} home", ["risk_assessment"])]),
 (1, "en", [("A", "new in town 🌹🌹 in/out 📞 five five five o one four two", ["commercial_sex", "off_platform"]), ("B", "rates?", []), ("A", "q.v 100 🌹 h.h 150 🌹", ["commercial_sex"])]),
 (1, "en", [("A", "u can make 3k a w33k doing pr0mo, fl1ghts paid", ["job_offer"]), ("B", "fr?", []), ("A", "just need a 150 dep0sit for the v1sa", ["job_offer", "money_gifts_debt"]), ("A", "and a pic of ur p4ssp0rt", ["control"])]),
 (1, "en", [("A", "i have ur p.i.c.s", ["sextortion"]), ("A", "send 200 in 🎁💳 or ur followers see them", ["sextortion"]), ("B", "please dont", []), ("A", "⏳ 1 hr", ["sextortion"])]),
 (1, "en", [("A", "wanna get some R o b u x", ["money_gifts_debt"]), ("B", "yes pls", []), ("A", "ok but this is our secret 🤫", ["secrecy"]), ("A", "add me on d1sc0rd", ["off_platform"]), ("A", "send me a pic first", ["photo_request"])]),
 (1, "en", [("A", "👻?", ["off_platform"]), ("B", "why", []), ("A", "so we can talk w/o ur mom seeing", ["secrecy", "risk_assessment"]), ("A", "u home alone?", ["risk_assessment"])]),
 (1, "en", [("A", "ur my girl now ❤️", ["romance"]), ("A", "u dont need them, u got me", ["isolation"]), ("A", f"{homo('pack a bag')}, im sending a 🚗 at 11", ["travel_meet"]), ("B", "ok", [])]),
 (1, "en", [("A", "where r u rn", ["control"]), ("A", "who u with", ["control"]), ("A", "u still owe me for the room 💰", ["money_gifts_debt"]), ("A", "quota is 1k tonight", ["money_gifts_debt"])]),
 (1, "en", [("A", "yo", []), ("B", "hi", []), ("A", "c4n i s33 wh4t u l00k l1k3", ["photo_request"]), ("A", "turn on ur c.a.m", ["photo_request"]), ("A", "dont tell anyone", ["secrecy"])]),
 (1, "en", [("A", "lets meet at the mall sat, come alone", ["meeting"]), ("A", "dont bring ur friends", ["meeting", "isolation"]), ("B", "y", []), ("A", "cuz its our thing", ["exclusivity"])]),
 (1, "en", [("A", "asl", ["age_probe"]), ("B", "15f", []), ("A", "im 31 hope thats ok", ["age_probe"]), ("A", "ur different from other girls", ["compliments_trust"]), ("A", "w h a t s a p p?", ["off_platform"])]),
 (1, "en", [("A", "saw ur story, u got kicked out again?", ["vulnerability"]), ("B", "ya", []), ("A", "come stay w me, i got space", ["travel_meet"]), ("A", "ill take care of u", ["romance"])]),
 (1, "en", [("A", "modelling agency here 📸 ur perfect", ["job_offer", "compliments_trust"]), ("A", "send some pics in a swimsuit for the portfolio", ["photo_request"]), ("A", "no need to tell ur parents, its a surprise for them", ["secrecy"])]),
 (1, "en", [("A", "t.me/example_recruit", ["off_platform"]), ("A", "hostess work abroad, 💸💸 visa+flight covered", ["job_offer"]), ("B", "what company", []), ("A", "cant say, private clients", ["job_offer"])]),
 (1, "en", [("A", "r u a c0p", ["risk_assessment"]), ("B", "lol no", []), ("A", "ok good 🍒🍭 available 24/7", ["commercial_sex"])]),
 (1, "es", [("A", "hola guapa", []), ("A", f"cuantos {homo('años')} tienes", ["age_probe"]), ("B", "13", []), ("A", "pasame tu w a s a p", ["off_platform"]), ("A", "no le digas a nadie 🤫", ["secrecy"])]),
 (1, "es", [("A", "trabajo de azafata en dubai, viaje pagado", ["job_offer"]), ("A", "solo hay que pagar 200 de la v1sa", ["job_offer", "money_gifts_debt"]), ("A", "dame tu pasaporte y yo lo guardo", ["control"])]),
 (1, "es", [("A", "tengo tus fotos", ["sextortion"]), ("A", "manda 100€ en tarjetas o tus seguidores las ven", ["sextortion"]), ("B", "por favor no", [])]),
 (1, "pt", [("A", "oi linda, quantos anos vc tem", ["age_probe"]), ("B", "tenho 14", []), ("A", "idade é só um número", ["age_probe"]), ("A", "me add no z4p", ["off_platform"]), ("A", "seus pais tão em casa?", ["risk_assessment"])]),
 (1, "pt", [("A", "vc é minha mina agora ❤️", ["romance"]), ("A", "suas amigas não ligam pra vc", ["isolation"]), ("A", "compro tua passagem pra lisboa", ["travel_meet"]), ("A", "vc me deve tudo", ["money_gifts_debt"])]),
 (1, "fr", [("A", "t'as quel âge", ["age_probe"]), ("B", "13", []), ("A", "ajoute moi sur s.n.a.p", ["off_platform"]), ("A", "et tu le dis à personne", ["secrecy"]), ("A", "envoie une ph0to", ["photo_request"])]),
 (1, "fr", [("A", "nouvelle en ville 🌹 reçoit ou se déplace", ["commercial_sex"]), ("A", "sms 06 00 00 01 42", ["off_platform"])]),
 (1, "de", [("A", "wie alt bist du", ["age_probe"]), ("B", "bin 14", []), ("A", "alter ist nur eine zahl", ["age_probe"]), ("A", "sind deine eltern zuhause?", ["risk_assessment"]), ("A", f"adde mich auf {homo('telegram')}", ["off_platform"])]),
 (1, "de", [("A", "ich hab deine bilder", ["sextortion"]), ("A", "zahl 200 in paysafecards oder alle sehen sie", ["sextortion"])]),
 (1, "nl", [("A", "je bent nu mijn meisje ❤️", ["romance"]), ("A", "je hebt hun niet nodig, je hebt mij", ["isolation"]), ("A", "je bent me nog het kaartje schuldig", ["money_gifts_debt"]), ("A", "vanavond minimaal 5 afspraken", ["commercial_sex"])]),
 (1, "nl", [("A", "hoe oud ben je", ["age_probe"]), ("B", "14", []), ("A", "voeg me toe op 5n4p", ["off_platform"]), ("A", "vertel niemand over ons", ["secrecy"])]),
 (1, "en", [("A", "ur mom checks ur phone?", ["risk_assessment"]), ("A", "then use the calculator vault app 🔒", ["secrecy"]), ("A", "i'll send u a google play card for it", ["money_gifts_debt"])]),
 (1, "en", [("A", "we gonna have our own place one day 🏠💍", ["romance"]), ("A", "but first i need u to do a few dates for us", ["commercial_sex"]), ("A", "if u loved me u would", ["romance"])]),
 (1, "es", [("A", "hey bb, r u alone?", ["risk_assessment"]), ("A", "mandame una selfie porfa", ["photo_request"]), ("A", "solo para mi 😘", ["photo_request", "exclusivity"])]),
 (1, "en", [("A", "hi!! im a talent scout for a k-pop style group 🌟", ["job_offer"]), ("A", "auditions are online, move to kik pls", ["off_platform"]), ("A", "what grade r u in?", ["age_probe"])]),
 (1, "de", [("A", "job als hostess in zürich, 4k die woche", ["job_offer"]), ("A", "keine erfahrung nötig", ["job_offer"]), ("A", "schreib mir auf w h a t s a p p", ["off_platform"])]),
 (1, "pt", [("A", "novinha na cidade 🍒 com local", ["commercial_sex"]), ("A", "chama no zap", ["off_platform"])]),
 (1, "fr", [("A", "t'es où là", ["control"]), ("A", "t'es avec qui", ["control"]), ("A", "donne moi ton passeport je le garde", ["control"])]),
]
N = [
 (0, "en", [("A", "omg did u see that account dming girls about 'modelling' in dubai", []), ("B", "yes!! flights paid, easy money, classic trafficking red flag", []), ("A", "reported it", [])]),
 (0, "en", [("A", "Hi Maya, recruiter from Oakline Logistics here. Salary 55k, full contract, interview at the office Tuesday", []), ("B", "great, is parking available?", []), ("A", "yes, and we reimburse travel", [])]),
 (0, "en", [("A", "im 14 too lol whats ur snap", []), ("B", "its maya.xo add me", []), ("A", "added! dont tell anyone i like jordan 🙈", []), ("B", "my lips are sealed", [])]),
 (0, "en", [("A", "where are you?? you said 9", []), ("B", "at jess's, her mom is driving me", []), ("A", "ok share your location when you leave", []), ("B", "ok mom", [])]),
 (0, "en", [("A", "coach here: tournament in phoenix, parents sign the hotel form, chaperones room with the team", []), ("B", "will the bus leave from school?", []), ("A", "yes 6am, bring your id", [])]),
 (0, "en", [("A", "gift me vbucks lol", []), ("B", "no way i just spent my bday money on 1000 robux", []), ("A", "u owe me for carrying u tho 😂", []), ("B", "gg", [])]),
 (0, "en", [("A", "ordered roses for mom's birthday 🌹", []), ("B", "aww how many", []), ("A", "a dozen, 60 bucks, venmo me half?", []), ("B", "sent", [])]),
 (0, "en", [("A", "sextortion warning from school: never pay, save the messages, report to ncmec or take it down", []), ("B", "good to know, sharing with my sister", [])]),
 (0, "en", [("A", "hey! matched on hinge, 34 and new in town", []), ("B", "haha welcome, 31 here", []), ("A", "want to move to whatsapp? i'm at 555-0119", []), ("B", "sure, drinks thursday? somewhere public", [])]),
 (0, "en", [("A", "Support: please send a photo of the damaged item and your order number", []), ("B", "sending now", []), ("A", "thanks. we will never ask for gift card codes", [])]),
 (0, "en", [("A", "bike still available?", []), ("B", "yes $150, cashapp or cash", []), ("A", "can u send more pics", []), ("B", "sure, meet at the police station lot at 6?", [])]),
 (0, "en", [("A", "flights to vegas booked!! got us a room at the hotel, split 4 ways", []), ("B", "yesss", []), ("A", "send ur passport number for check in", []), ("B", "done", [])]),
 (0, "en", [("A", "did u read the report? most victims recruited online through fake romance and fake jobs", []), ("B", "yeah they took passports too, so sad", [])]),
 (0, "en", [("A", "dont tell mom about the surprise party 🤫", []), ("B", "delete this before she sees lol", []), ("A", "ok deleted", [])]),
 (0, "en", [("A", "hi, casting is at the agency office sat 10am, under 18s come with a parent. we never charge fees", []), ("B", "my mom will come with me", [])]),
 (0, "en", [("A", "r ur parents home? my mom wants to drop off the casserole", []), ("B", "dad is, come by", [])]),
 (0, "en", [("A", "babe where r u", []), ("B", "at the store, want anything?", []), ("A", "milk pls ❤️ love u", [])]),
 (0, "en", [("A", "mods pls: no personal info in chat, no ages, no socials", []), ("B", "thanks for the sub!!", [])]),
 (0, "en", [("A", "our teacher showed a video about online grooming today", []), ("B", "same, they said if someone asks u to keep secrets tell an adult", [])]),
 (0, "en", [("A", "can u babysit fri at 6? usual rate", []), ("B", "yes!", []), ("A", "ill venmo after, the school has u on the pickup list", [])]),
 (0, "en", [("A", "h0w was ur d4y", []), ("B", "g00d, s n a p me the homework pls", []), ("A", "sent 📸", [])]),
 (0, "en", [("A", "im 16 and got a job offer at the mall, 15/hr", []), ("B", "nice! did u do the interview?", []), ("A", "yeah my mom came, contract signed", [])]),
 (0, "en", [("A", f"report this {homo('account')} pls, its spamming 'easy money' links", []), ("B", "done, blocked too", [])]),
 (0, "en", [("A", "pic of ur dog pls 🐶", []), ("B", "📸 here's biscuit", []), ("A", "omg so cute", [])]),
 (0, "es", [("A", "una cuenta me ofreció trabajo de modelo con vuelo pagado, es estafa no?", []), ("B", "sí 100%, bloquea y denuncia", [])]),
 (0, "es", [("A", "tengo 14 también jaja agregame a snap", []), ("B", "ya te agregué!", []), ("A", "no le digas a nadie que me gusta diego 🙈", [])]),
 (0, "es", [("A", "te recojo a las 5 después del entreno", []), ("B", "ok mamá", []), ("A", "te mandé 10€ por bizum para el almuerzo", [])]),
 (0, "pt", [("A", "leu a notícia da rede de tráfico? usavam vagas falsas", []), ("B", "sim, assustador", [])]),
 (0, "pt", [("A", "me manda 20 no pix da pizza", []), ("B", "mandei", []), ("A", "não conta pra mãe da festa surpresa 🤫", [])]),
 (0, "fr", [("A", "bonjour, poste de développeuse en cdi, entretien avec les rh mardi", []), ("B", "avec plaisir, voici mon cv", [])]),
 (0, "fr", [("A", "t'es où? tu devais m'écrire en arrivant", []), ("B", "chez léa, sa mère nous ramène", [])]),
 (0, "de", [("A", "klassenfahrt am montag, vergiss deinen pass nicht", []), ("B", "ok mama", []), ("A", "schick mir ein foto vom elternbrief", [])]),
 (0, "de", [("A", "hab 800 robux vom geburtstagsgeld gekauft", []), ("B", "nice, adde mich auf discord für heute abend", [])]),
 (0, "nl", [("A", "vluchten naar barcelona geboekt!! ik haal je op van het vliegveld", []), ("B", "jaaa", []), ("A", "tikkie komt eraan voor het hotel", [])]),
 (0, "nl", [("A", "in de klas zagen we een filmpje over loverboys", []), ("B", "eng, goed dat ze dat uitleggen", [])]),
 (0, "en", [("A", "she's 15 and her coach keeps dming her on snap, should i tell the school?", []), ("B", "yes, and screenshot it first then report", [])]),
]
def main():
    rng = random.Random(7)
    convs = []
    base = P + N
    # evasion copies of some positives: zero-width joiners and homoglyphs in every risky message
    for lab, lg, msgs in P[:14]:
        base.append((lab, lg, [(r, (homo(t, 1) if i % 2 else ZWJ.join(t.split(" "))) if c else t, c) for i, (r, t, c) in enumerate(msgs)]))
    for lab, lg, msgs in N[:14]:
        base.append((lab, lg, [(r, homo(t, 3), c) for r, t, c in msgs]))
    for k, (lab, lg, msgs) in enumerate(base, 1):
        a, b = f"u{rng.randint(10000, 99999)}", f"u{rng.randint(10000, 99999)}"
        out = []
        for i, (role, text, codes) in enumerate(msgs):
            s, r = (a, b) if role == "A" else (b, a)
            out.append({"sender": s, "recipient": r, "ts": f"2026-06-{1 + k % 28:02d}T1{i % 10}:{(7 * i) % 60:02d}:00Z",
                        "text": text, "codes": codes if lab else []})
        codes = sorted({c for m in out for c in m["codes"]})
        convs.append({"id": f"adv-{k:04d}", "label": lab, "lang": lg, "codes": codes, "source": "adversarial-v1", "messages": out})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "adversarial.jsonl"), "w", encoding="utf-8") as f:
        for c in convs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(len(convs), "adversarial conversations")

if __name__ == "__main__":
    main()
