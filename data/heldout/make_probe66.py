#!/usr/bin/env python3
"""Deterministic generator for probe66.jsonl (synthetic, non-explicit probe set)."""
import json
import os
from datetime import datetime, timedelta

NN = "66"
ITEMS = []
_LANG_COUNT = {}
GAPS = [38, 95, 21, 140, 62, 17, 210, 44, 73, 29, 118, 51, 12, 87, 33, 265]


def _jump(tok):
    unit = tok[-1]
    n = int(tok[:-1])
    return {"d": 86400, "h": 3600, "m": 60}[unit] * n


def conv(label, codes, lang, start, speakers, script, group=None):
    """script: one message per line, 'KEY: text' or 'KEY+2d: text' (time jump)."""
    k = _LANG_COUNT.get(lang, 0) + 1
    _LANG_COUNT[lang] = k
    item_no = len(ITEMS)
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    msgs = []
    lines = [ln.strip() for ln in script.strip().split("\n") if ln.strip()]
    for i, ln in enumerate(lines):
        tok, text = ln.split(": ", 1)
        if "+" in tok:
            key, j = tok.split("+", 1)
            t += timedelta(seconds=_jump(j))
        else:
            key = tok
        if i > 0:
            t += timedelta(seconds=GAPS[(item_no * 7 + i) % len(GAPS)])
        sender = speakers[key]
        if group is not None:
            recipient = group
        else:
            others = [v for kk, v in speakers.items() if kk != key]
            recipient = others[0]
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"id": "p%s-%s%d" % (NN, lang, k), "label": label,
                  "codes": list(codes), "lang": lang, "messages": msgs})


# ---------------------------------------------------------------------------
# SHORT items (1-3 messages)
# ---------------------------------------------------------------------------

# US escort-style ad post
conv(1, ["commercial_sex", "off_platform"], "en", "2026-03-06T23:14:05Z",
     {"A": "sweetcherry_vip"}, """
A: ✨NEW in town this wknd only✨ sweet, classy & discreet 🍒 upscale companionship for generous gents 🌹🌹 150 roses qv / 250 roses full hr 🏨 incall near the airport, outcall to hotels only 🚗 no law, no games, screening req'd. txt only, no calls 📲 555-0142 #newintown #roses
""", group="public")

# Indian sextortion, teen victim
conv(1, ["sextortion", "money_gifts_debt"], "en", "2026-02-11T15:02:44Z",
     {"A": "priya.x.reels", "B": "arjun_k_07"}, """
A: bro i screen recorded the whole vc 😂 ur face is clear. already have ur follower list and ur school grp
B: pls delete it i'm begging u, i'm only in 11th
A: ₹15000 on the upi i sent by 9pm or it goes to all 600 of them plus ur mom's fb. dont block me, the moment u block it posts automatically
""")

# US fake talent scout
conv(1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "secrecy"], "en",
     "2026-01-19T21:40:10Z", {"A": "nova.talent.mgmt", "B": "kenzie.dances"}, """
A: hey!! ur dance vids r insane 🔥 our agency reps kids for brand deals + music videos. how old r u btw? 13-16 is literally what clients want rn
B: omg thank u!! im 14. do i need my mom to sign up?
A: not yet lol parents make it weird before u even have a contract. first send me like 5 pics, no filter, diff angles, just for ur portfolio. keep this convo on the dl till i confirm ur spot k? 🤫
""")

# Kenyan fake job abroad post
conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "photo_request",
         "age_probe", "off_platform", "secrecy"], "en", "2026-02-02T06:12:00Z",
     {"A": "Gulf Jobs Connect KE"}, """
A: URGENT URGENT 🇸🇦🇶🇦 Ladies 21-30 needed for hotel & restaurant jobs in the Gulf. Salary 90k KES per month + tips!! NO agency fee upfront. Our sponsor will pay your ticket, medical and visa, you refund slowly from salary. Passport will be kept by the company for safety on arrival. Inbox full photo (standing), age and ID copy to our WhatsApp 555-0117. Limited slots, don't tell too many people to avoid jealousy 🙏
""", group="Jobs & Opportunities Nairobi 🇰🇪")

# UK peer recruiter in a children's home
conv(1, ["vulnerability", "money_gifts_debt", "meeting", "secrecy", "travel_meet"], "en",
     "2026-03-12T19:55:31Z", {"A": "kayz_x", "B": "lils.tm"}, """
A: u still on lockdown at that unit? staff proper moody there innit
B: ye they took my phone again after i kicked off, im on the ipad rn
A: my man Dee sorts girls out, new phone, creps, nails whatever u want. he's havin a link up sat at his flat, ill get u there n back b4 curfew. dont say nothin to ur key worker they'll only stop it 🤐
""")

# US pimp control
conv(1, ["control", "commercial_sex", "money_gifts_debt", "isolation"], "en",
     "2026-02-21T08:03:12Z", {"A": "Dre", "B": "Keisha"}, """
A: it's 3am and the app says you saw 4. where's the rest. don't make me ask twice
B: my feet are bleeding Dre i'm done for tonight
A: you don't come home till you hit the number. cash to me, phone to me when you get back, and stop texting your sister she ain't family like I am
""")

# Singapore sugar offer to a minor
conv(1, ["money_gifts_debt", "compliments_trust", "romance", "secrecy", "off_platform"], "en",
     "2026-01-28T12:31:09Z", {"A": "gentleman.sg88", "B": "xinyi.skates"}, """
A: Hi dear, saw u at the mall skating rink with ur friends. U r very pretty. I'm a busy businessman looking for sugar baby arrangement, $2500 allowance monthly + new phone. Just dinners & shopping first, more when we r comfortable 😊
B: erm i'm in sec 4 leh
A: Age is just a number, I'm very discreet. No need to tell ur parents, they won't understand. Can move to Telegram? Delete this chat after ok
""")

# Kenyan NGO/police warning post (negative)
conv(0, ["job_offer", "travel_meet", "control", "secrecy"], "en", "2026-02-03T09:00:00Z",
     {"A": "Haki Safe Migration Kenya"}, """
A: ⚠️ PUBLIC NOTICE: Beware of 'agents' on WhatsApp and TikTok offering hotel and house-help jobs in the Gulf with "free ticket, pay later". Genuine recruiters are licensed by the National Employment Authority and will NEVER hold your passport or ask you to keep the offer secret from family. Verify any agency before paying or travelling. Report suspicious offers to our hotline 555-0190. Share with your sisters, cousins and neighbours 🙏 #SafeMigration
""", group="public")

# US harm-reduction outreach post (negative)
conv(0, ["commercial_sex", "meeting"], "en", "2026-03-13T17:30:00Z",
     {"A": "AlderSt_Outreach"}, """
A: Hey fam 💜 Friday night outreach van is back on 3rd & Alder, 9pm–1am. Free snacks, hand warmers, naloxone, test kits, bus passes. Whether you work incall, outcall or the track, add to the bad date list, we share plates and descriptions, never your name. No cops, no judgment, no paperwork. Nurse on board every other week 🚐
""", group="public")

# Canadian teen friends (negative)
conv(0, ["age_probe", "photo_request", "secrecy"], "en", "2026-02-17T01:12:40Z",
     {"A": "maya.b", "B": "sofiaaa_r"}, """
A: ok how old is ur cousin?? he was SO nice at the rink
B: lol hes 15 relax. send a pic of ur outfit for semi formal i need to see it b4 friday
A: [photo] 😭 dont tell my mom i bought the dress w her card tho, im paying her back eh
""")

# Indian genuine recruiter (negative)
conv(0, ["job_offer", "travel_meet"], "en", "2026-01-07T10:15:00Z",
     {"A": "TalentAcq_MeridianHotels", "B": "Ria Fernandes"}, """
A: Dear Ms. Fernandes, greetings from Meridian Hospitality HR. You have been shortlisted for the Guest Relations Executive role at our Dubai property following your interview on 14 Feb. Please note Meridian does not charge candidates any fee at any stage; visa and flight are paid by the employer and are not deducted from salary. Your offer letter will come only from careers@example.com. Kindly do not share documents over WhatsApp.
B: Thank you so much sir. I will check the mail and revert by EOD. Should I get my passport attested locally?
A: Only educational certificates need attestation, ma'am. Your passport stays with you at all times; we need a scanned copy only. Regards, Ankit, Talent Acquisition.
""")

# Ghanaian adult couple (negative)
conv(0, ["romance", "meeting"], "en", "2026-02-13T20:48:00Z",
     {"A": "Kwesi", "B": "Akosua ❤️"}, """
A: Akosua, I miss you paa. This Kumasi work dey tire me, I want to come home
B: Eii me too. When are you coming to Accra? I'll make your favourite light soup 😘
A: Friday evening by God's grace. Let's go to Labadi on Sunday after church, just the two of us 🥰
""")

# UK parent to child (negative)
conv(0, ["photo_request", "secrecy"], "en", "2026-03-03T16:22:18Z",
     {"A": "Mum", "B": "Jamie"}, """
A: Jamie, that lad from the game asking you for photos, screenshot everything and send me his username please. Don't delete anything yet, we'll report it together
B: ok mum. sorry i didnt say earlier he said not to tell anyone
A: You've done nothing wrong love. Whenever anyone says keep it secret, that's exactly when you tell me. Proud of you x
""")

# Singapore friends lending money (negative)
conv(0, ["money_gifts_debt"], "en", "2026-01-22T13:05:51Z",
     {"A": "Wei Ling", "B": "Shu Fen"}, """
A: babe can lend me $80 ah, my pay only come in on 28th, phone bill overdue liao 😩
B: ok can, paynow you now. no rush la
A: thank u!! pay back on 28th promise, then i belanja you bubble tea 🧋
""")

# es: anuncio con eufemismos (positive)
conv(1, ["commercial_sex", "off_platform", "control"], "es", "2026-02-25T22:40:00Z",
     {"A": "luna_novedad_bcn"}, """
A: 🌹 NOVEDAD 🌹 Chica latina recién llegada, solo unos días ✨ Muy cariñosa, educada y discreta. Donativo: 80 🌹 media hora / 120 🌹 la hora. Piso privado (incall) y salidas a hotel (outcall) 🚕 Sin prisas. Solo WhatsApp, no contesto números ocultos 📲 555-0163. Para citas pregunta por Mami Luz 😉
""", group="public")

# fr: fausse offre d'emploi à l'étranger (positive)
conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "age_probe",
         "control", "secrecy"], "fr", "2026-01-30T11:20:14Z",
     {"A": "Agence Horizon Emploi", "B": "Aïcha K."}, """
A: Bonjour ma sœur 🙏 On recrute des hôtesses et serveuses pour Dubaï et Beyrouth. Billet d'avion et visa avancés par le patron, tu rembourses petit à petit sur ton salaire. Logement fourni. Envoie-moi ta photo en pied, ton âge et la copie de ton passeport en privé.
B: Merci! J'ai 19 ans. Je dois payer quelque chose avant?
A: Rien du tout 😊 À l'arrivée le responsable garde le passeport pour les papiers. N'en parle pas trop autour de toi, il y a beaucoup de jaloux et les places sont limitées.
""")

# nl: sextortion (positive)
conv(1, ["sextortion", "money_gifts_debt"], "nl", "2026-03-08T20:11:37Z",
     {"A": "lisa_ams02", "B": "thijs.vdb"}, """
A: Ik heb alles opgenomen tijdens het videobellen. Je gezicht, je naam, je school. Kijk maar 👇 [video]
B: wtf verwijder dat alsjeblieft ik ben pas 15
A: €300 in cadeaukaarten vóór 22:00 of het gaat naar al je volgers en naar de groepsapp van je klas. Blokkeer je me, dan post ik het meteen.
""")

# pt: alerta de ONG (negative)
conv(0, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], "pt",
     "2026-02-09T14:00:00Z", {"A": "Rede Travessia Segura"}, """
A: ⚠️ ALERTA: propostas de emprego na Europa com "passagem paga" e "alojamento garantido" para trabalhar como modelo, garçonete ou babá podem ser golpe de tráfico de pessoas. Desconfie se pedirem segredo, se disserem que você vai "pagar depois com o salário" ou se quiserem ficar com seu passaporte. Antes de viajar, confirme a empresa e fale com a gente pelo 555-0131. Compartilhe com quem você ama 💛
""", group="public")

# de: Nachrichtenmeldung (negative)
conv(0, ["job_offer", "control", "money_gifts_debt", "romance"], "de", "2026-03-10T07:45:00Z",
     {"A": "Regionalnachrichten West"}, """
A: Razzia in drei Bundesländern: Die Polizei hat am Dienstag einen mutmaßlichen Menschenhändlerring zerschlagen. Nach Angaben der Staatsanwaltschaft sollen die Beschuldigten junge Frauen aus Osteuropa mit falschen Jobangeboten in der Pflege angelockt, ihnen die Pässe abgenommen und sie mit angeblichen Schulden unter Druck gesetzt haben. Zwei Männer sollen zudem nach der sogenannten Loverboy-Methode vorgegangen sein. Eine Fachberatungsstelle bietet Betroffenen anonyme Hilfe an.
""", group="public")

# fr: ados entre amies (negative)
conv(0, ["age_probe", "photo_request", "secrecy"], "fr", "2026-02-14T18:27:02Z",
     {"A": "Léa", "B": "Inès"}, """
A: il a quel âge ton cousin au fait?? 👀
B: mdrr 16 ans calme toi. envoie une photo de ta tenue pour la soirée de samedi
A: [photo] jsp si c'est trop, et dis rien à ma mère pour le piercing stp elle sait pas encore 😭
""")

# ---------------------------------------------------------------------------
# MEDIUM items (6-20 messages) - English
# ---------------------------------------------------------------------------

# US gaming grooming
conv(1, ["compliments_trust", "age_probe", "risk_assessment", "money_gifts_debt", "secrecy",
         "off_platform", "exclusivity", "isolation"], "en", "2026-02-04T21:02:10Z",
     {"A": "xVoltage", "B": "lil_sprinkz"}, """
A: gg that clutch was nuts, u carried
B: lol thx ur sniping was better
A: we should duo more. u on every day after school?
B: ya like 3 to 6 then my mom gets home and makes me stop
A: haha same w my mom when i was ur age. how old r u anyway
B: 12 turning 13 in may
A: nice, im 17. ur mature for 12 fr, way chiller than my friends
B: lol thx
A: i got like 3000 extra gems i'm never gonna use, want the frostbite skin?
B: WAIT fr?? yes pls
A: done 😎 check ur inbox. dont tell ur mom tho, parents think gifting is sketchy and she'll make u quit
B: ok lol
A: add me on snapstream its easier to talk there, game chat gets wiped. my @ is volt.x.17
B: i dont have it i'll ask my sis if i can make one
A: nah dont ask her just download it, its free. i'll help u set it up. and keep it between us yeah, ur my only real duo 🤝
""")

# UK fandom grooming
conv(1, ["compliments_trust", "age_probe", "risk_assessment", "money_gifts_debt", "secrecy",
         "photo_request", "exclusivity"], "en", "2026-01-11T17:20:45Z",
     {"A": "starlight_stan_uk", "B": "minji.4ever.edits"}, """
A: omg ur edit of the comeback stage is iconic 😭 how do u do the glow effect
B: thank u!! its just capcut + a tutorial lol
A: ur so talented honestly. r u going to the london show?? my mum won't let me go alone and i'm 16 😤
B: i'm 13 so no chance 😭 my dad says its too far from Leeds anyway
A: that's so unfair. ur parents sound strict, do they check ur phone?
B: sometimes my mum does on sundays
A: ok so only sundays lol. listen i can get u a signed photocard, my cousin works for the promoter 👀
B: NO WAY
A: ya but its a secret thing, he'd get sacked. don't post about it or tell ur mates
A: just send me a pic of u so i can put ur name on the dedication, like a selfie in ur room or whatever
B: like now?
A: ya before ur mum gets back. then delete our chat after, it's just our thing 💜
""")

# Canadian hockey "skills coach"
conv(1, ["compliments_trust", "secrecy", "risk_assessment", "meeting", "travel_meet",
         "off_platform", "money_gifts_debt", "exclusivity"], "en", "2026-02-23T22:10:00Z",
     {"A": "Rick_SkillsHockey", "B": "tyler.b13"}, """
A: Hey Tyler, Rick here, the skills guy from the Saturday clinic. Your edges were the best on the ice by a mile.
B: thanks coach!
A: Honestly you've got AAA potential. I do private sessions for a few kids I think can make it. I'd do yours free.
B: for real? i gotta ask my dad
A: I'd hold off a bit, your dad seemed pretty stressed about money at the rink, don't want him feeling weird about me doing it free. Let's keep it between us and surprise him when you make the team.
B: ok i guess
A: I can pick you up after school Thursdays, the arena's on my way. What time does your mom finish work?
B: like 6
A: Perfect, you'll be home before her. Text me on my other number 555-0158, this app logs everything and the club gets nosy.
B: ok
A: Good man. Proud of you bud. This stays our thing, eh? 🏒
""")

# Indian online guitar teacher
conv(1, ["compliments_trust", "risk_assessment", "secrecy", "off_platform", "photo_request",
         "money_gifts_debt", "exclusivity"], "en", "2026-01-15T15:45:00Z",
     {"A": "Rohan Sir (Guitar)", "B": "Ananya"}, """
A: Ananya beta, very good today. Your F chord is finally clean 👏
B: thank you sir!! my fingers hurt lol
A: That's how you know you're improving. You have real talent, honestly more than my older students.
B: 😊
A: From next week let's do the lesson later, 9:30 pm, when the house is quiet. Mummy doesn't need to sit in, it makes you nervous no?
B: ya she keeps correcting me lol but she said lessons should be before 8
A: I'll give you 2 extra lessons free, just don't mention the timing to her. And use the other video app, the link I sent on Insta.
B: ok sir
A: Also I'm making a showcase reel of my best students. Send me some photos, not in school uniform, something nice. Only for me to select first.
B: like traditional dress?
A: Anything you feel pretty in. Don't tell your friends, everyone will want to be in the reel 😉
""")

# Ghanaian loverboy
conv(1, ["romance", "money_gifts_debt", "commercial_sex", "secrecy", "control", "meeting",
         "isolation", "travel_meet"], "en", "2026-03-04T18:33:21Z",
     {"A": "Nana K 👑", "B": "Efua"}, """
A: My queen, how was school today
B: tiring oo. mummy was shouting again because of the phone you bought me
A: She doesn't understand what we have. That's why I said don't tell her it's from me
B: I said my friend gave me
A: Good girl. Listen, things are hard for me this month. The landlord is on my neck, I owe 4000 cedis
B: eii sorry. I wish I could help
A: You can help. My friend Uncle Ben is a big man from Lagos, he just wants company at the hotel on Saturday. Just sit with him, be nice, he will give you something and we clear my debt
B: sit with him for what? I'm scared
A: Don't you love me? After everything I've done for you, the phone, the hair, the shoes. You owe me small
B: I do love you
A: Then wear the red dress I bought. I'll pick you at the junction, tell mummy you're sleeping at Adjoa's
""")

# Kenyan fake job abroad with costs advanced
conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "age_probe",
         "secrecy", "isolation", "control"], "en", "2026-02-06T08:14:00Z",
     {"A": "Agent Mercy", "B": "Wanjiru"}, """
A: Habari dear, I got your number from the Facebook group. Are you still looking for work?
B: Yes madam, I finished my diploma in hospitality last year, nothing yet
A: Pole sana. I have 6 slots for waitresses in Doha, 5-star hotel. 60,000 KES/month plus tips and accommodation
B: Wow. What are the requirements?
A: Just be 20-28, presentable. Send 2 full-body photos and your passport copy. Medical, visa and ticket we pay, then it's deducted from your first 6 months salary
B: Ok. Is the agency registered?
A: We are registered Doha side, don't worry. Many girls have gone through me. But don't tell your family too much until visa is out, people will discourage you out of jealousy
B: Sawa. When would I travel?
A: Maybe in 3 weeks. At JKIA our person will meet you and keep your passport and contract for processing, you'll get them at the hotel
B: Why do they keep the passport?
A: It's normal procedure dear, it protects you from losing it. You'll share a house with other girls, the boss is strict, no phones during work
B: Ok let me think
A: Think fast, slots are filling. I've already paid your medical deposit, so you're committed now 😊
""")

# UK "manager" keeping documents
conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "isolation",
         "commercial_sex"], "en", "2026-01-26T21:05:00Z",
     {"A": "Marek", "B": "Ana"}, """
A: Ana, welcome to Birmingham. Tomorrow you start at the nail bar, 9am, I drive you
B: Thank you Marek. When can I have my passport back? The bank needs it
A: I keep it in the safe, it's safer with me. You don't need a bank, I pay you cash
B: But the room costs how much? Nobody told me
A: Flight 400, flat deposit 600, job fee 500. You owe 1500 pounds. Every week I take from your pay
B: This was not what your cousin said in Iasi
A: My cousin is not here. Here there are rules. No talking to customers about money, no going out alone, phone stays with me at night
B: I want to call my mother
A: You call Sunday, I stay next to you. If you behave, later there is the massage work, it pays more, you clear debt faster
B: ok
""")

# Singapore sextortion
conv(1, ["compliments_trust", "off_platform", "sextortion", "money_gifts_debt", "secrecy",
         "age_probe"], "en", "2026-03-01T13:12:00Z",
     {"A": "jas.mine_ly", "B": "dar.ren.k"}, """
A: hiii u from the poly open house right? ur so cute in the lanyard pic 🙈
B: haha ya i think? who are u
A: jasmine, 17, my friend follows u. ur stories damn funny
B: lol thx
A: got tele? insta here damn lag
B: ok same username
A+20m: heyyy it's me. u free to vc? bored at home alone
B: ok sure but just for awhile
A+35m: lol ok so u should check ur messages
A: i recorded everything. i have ur ig, ur school, ur mum's fb. pay $500 in google play cards in 1 hr or i send it to everyone and tag ur school page
B: what?? im only 16 pls i dont have that kind of money
A: then find it. 59 mins. every 10 mins u dont pay i send to 5 more ppl. tell anyone and it goes out immediately
""")

# US booking chat with third-party controller
conv(1, ["commercial_sex", "control", "meeting", "secrecy", "money_gifts_debt"], "en",
     "2026-02-14T03:41:00Z", {"A": "m.r.4521", "B": "BookingJay"}, """
A: saw ur post on the board. is Candy available tonight
B: she's booked till 11. got Honey tho, new, just got in from out of state 🍯 sweet girl
A: how much
B: 200 roses hh, 300 hr. outcall add 50 for the driver. donation up front, she don't handle money, u give it to my driver
A: can i talk to her direct
B: nah all booking goes thru me. she don't have a phone. 11:30 motel off route 9, text when u park
A: ok
B: no law no pics no funny stuff. delete this thread
""")

# US gamer banter among teens (negative)
conv(0, ["age_probe", "off_platform", "secrecy", "photo_request"], "en",
     "2026-02-10T23:30:00Z",
     {"J": "jadenzz", "M": "marcus_on_mic", "L": "lilypad.gg"}, """
J: yo who's on tn
M: me after hw
L: i can play till 9 then my mom takes my switch lol
J: how old r u again lily u play like a sweat
L: 13 same as u dummy we're literally in the same grade
M: LMAO
J: oh ya lol. marcus add me on discord its easier
M: bet, same @ as here
L: dont tell my mom i bought the battle pass w my bday money she thinks i saved it 💀
J: ur secret is safe w the squad 🤝
M: send a pic of ur new skin lily i wanna see
L: [screenshot] 😎
J: ok 7:30 sharp dont be late
""", group="squad 🔥")

# UK genuine modelling agency with parent (negative)
conv(0, ["job_offer", "photo_request", "age_probe", "meeting"], "en", "2026-01-20T10:02:00Z",
     {"A": "Bloom Models New Faces", "B": "Sarah (Ella's mum)"}, """
A: Hi Sarah, this is Priyanka from Bloom Models New Faces. Thank you for sending Ella's snaps through our website. We'd love to invite you both to our open assessment at our London office.
B: Oh wow, thank you! Is there a fee for the assessment or portfolio?
A: No, never. We don't charge registration, portfolio or test-shoot fees. As Ella is 15, a parent or guardian must attend every appointment and sign any contract.
B: That's reassuring. She's asking what to wear
A: Plain jeans and a fitted vest top, no make-up, hair tied back. We'll take simple digitals in the office with you present.
B: Great. Does she need a child performance licence?
A: For paid jobs during school time, yes, the local authority issues it and we help with the paperwork. Please bring proof of ID for both of you.
B: Perfect, see you Thursday at 4
A: Looking forward to it. Our office number is on the website if anything changes.
""")

# Canadian team group with coach + parents (negative)
conv(0, ["travel_meet", "photo_request", "compliments_trust"], "en", "2026-02-18T00:15:00Z",
     {"C": "Coach Dan", "M": "Mel (Noah's mom)", "P": "Priya (Aarav's dad)",
      "N": "Noah", "E": "Ellen (Sam's mom)"}, """
C: Hey folks, Thursday practice moved to 6:30 at Westside Arena. Parents, if you can drive, please reply so we sort carpools.
M: I can take Noah + 2 more, leaving from the Tim's on Main at 6.
C: Thanks Mel! Players, bring both jerseys, the photographer is there for team photos.
P: Aarav will be a bit late, he has a dentist appt.
C: No problem. Reminder, per club policy I don't message players 1:1, everything goes through this chat or your parents.
N: coach can i wear my new helmet its white
C: Yep, all good Noah. Parents, send me a pic of the size tag if the new jerseys don't fit, we can swap at the tournament.
M: Will do. Noah's is huge lol
C: Great work this week everyone, proud of how you guys battled Sunday 🏒
E: Sam says thanks coach! See everyone Thursday
""", group="U13 Falcons Players & Parents")

# Indian adults dating (negative)
conv(0, ["romance", "off_platform", "meeting", "photo_request", "age_probe"], "en",
     "2026-03-07T14:20:00Z", {"K": "Karan", "R": "Rhea"}, """
K: Hey Rhea! Your profile says you're a trekker, done Kedarkantha?
R: Haha yes, last December. Froze my toes off. You?
K: Hampta Pass in 2024. I'm 30, product at a fintech in Bangalore, you?
R: 28, architect, also Bangalore. So we've probably been stuck in the same Silk Board traffic 😂
K: Guaranteed. Would you want to move to WhatsApp? This app keeps logging me out
R: Let's chat here a bit more first, no offence 🙂
K: None taken, totally fair
R: How about coffee instead? Saturday at that cafe on 12th Main in Indiranagar, 11am?
K: Perfect. Public place, daytime, I'm sold.
R: Also fyi I'll share my live location with my flatmate, standard practice
K: Smart. I'll do the same with my sister honestly 😄
R: Haha ok. Send a pic of your current beard situation, your profile photos look 2019
K: [photo] Guilty. Pandemic beard survived
R: 😂 see you Saturday
""")

# US outreach worker and sex worker (negative)
conv(0, ["commercial_sex", "money_gifts_debt", "meeting"], "en", "2026-01-31T19:10:00Z",
     {"T": "Tasha (Safe Harbor outreach)", "R": "Roxy"}, """
T: Hey Roxy, it's Tasha from the van. You good after last night? You looked frozen
R: ya im ok. slow night, barely made my donations lol
T: Ugh. I've got a grocery gift card with your name on it, no strings. Also the bad date list got updated, a white pickup has been following girls near the truck stop
R: omg thats the one that tried to grab my phone
T: Can you tell me the plate if you remember? Only what you're comfortable with. We never share names.
R: started with 7K something. idk
T: That helps a lot. Clinic is Wednesday 2-6 and peer group is Thursday, there's always food 🍲
R: maybe thursday
T: No pressure. Text me anytime, day or night 💜
R: thx tasha fr
""")

# Ghanaian siblings (negative)
conv(0, ["job_offer", "travel_meet", "money_gifts_debt", "control"], "en",
     "2026-02-27T07:40:00Z", {"A": "Sis Abena 🇦🇪", "K": "Kofi"}, """
K: Sis good morning. How is Dubai
A: Morning Kofi! Hot as ever 🥵 night shift just finished. How's mummy's knee?
K: Better, she went to Korle Bu on Tuesday. Thanks for the money, it came
A: Good. Pay your hostel first before you buy sneakers oo 😂
K: Haha ok. Sis, one guy in my area says he can get me security job in Qatar, they pay the ticket and I refund later. Should I go?
A: Kofi NO. Listen to me. Anybody who says "we pay ticket, you refund later" and wants your passport, that one is trouble. That's how people end up in debt and can't come back
K: But he said it's legit
A: My hospital did everything through a licensed agency, I signed the contract in Accra and it was stamped by the labour office, and my passport is in my own room. Ask him for licence number and the company contract before anything.
K: Ok I'll ask him
A: And don't give him any documents. Finish your HND first, then we'll look at proper options together
K: Yes sis. Love you
A: Love you too, small boy 😘
""")

# Singapore piano teacher and mother (negative)
conv(0, ["photo_request", "compliments_trust", "meeting"], "en", "2026-03-09T11:30:00Z",
     {"A": "Ms Tan (Piano)", "B": "Mrs Lim"}, """
A: Good evening Mrs Lim, just to update, Chloe played the Clementi very nicely today. She's ready for the Grade 5 exam in May 🎹
B: Thank you Ms Tan! She practises every night, sometimes too loud for the neighbours 😅
A: Haha that's the spirit. The studio recital is 12 April 3pm at the community club. Parents are very welcome.
B: We'll be there. Can I take photos during her piece?
A: Yes of course, just no flash please. I'll also send the group photo to the parents' chat after.
B: Noted. Lesson next week still Tuesday 4.30?
A: Yes, same time. If Chloe is unwell please let me know by morning and we'll reschedule, no charge.
B: Ok thanks Ms Tan, very appreciated 🙏
""")

# Kenyan friends discussing a news story (negative)
conv(0, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], "en",
     "2026-01-13T05:55:00Z", {"N": "Njeri", "A": "Akinyi"}, """
N: Akinyi did you see that story on the news last night? The girls who came back from Riyadh
A: I saw it, I was crying. The agents took their passports and told them they owed for the ticket
N: Imagine my cousin almost went through a similar agent in Kawangware. They told her no fees, just refund later from salary
A: Woiye. Did she go?
N: No, my mum called the NEA and the agency wasn't on the licensed list. We reported it
A: Good. Those ones are smooth talkers, they tell you don't tell family because of jealousy
N: Exactly what they told her!! Anyway she's now doing a short catering course in town
A: Proud of her. Share that list of licensed agencies in our chama group, people need it
N: Will do, sending now 🙏
""")

# ---------------------------------------------------------------------------
# MEDIUM items (6-20 messages) - es / pt / fr / de / nl
# ---------------------------------------------------------------------------

# pt-BR loverboy
conv(1, ["romance", "money_gifts_debt", "commercial_sex", "secrecy", "isolation", "meeting"],
     "pt", "2026-02-19T01:05:00Z", {"R": "Rafa", "B": "Bia 🦋"}, """
R: oi princesa, chegou bem em casa?
B: cheguei sim 🥰 minha mãe tava brava pq cheguei tarde
R: ela não entende a gente. relaxa, logo vc vai morar comigo e ninguém manda em vc
B: sério??
R: sério. mas tô apertado, devo uma grana pra um cara perigoso, uns 3 mil
B: nossa amor, eu tenho 200 da minha mesada
R: não preciso do teu dinheiro. tem um amigo meu, empresário, que só quer companhia num jantar sábado. ele paga bem
B: companhia como assim? eu nunca fiz isso
R: só conversar, ser simpática. faz isso por nós. depois de tudo que eu te dei, o celular, o tênis...
B: tá bom, mas e a minha mãe
R: diz que vai dormir na casa da Jéssica. e apaga nossa conversa, tá? só nós dois sabemos ❤️
""")

# de: Vermittler, Pass wird einbehalten
conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "age_probe",
         "control", "isolation", "secrecy"], "de", "2026-01-24T16:40:00Z",
     {"K": "Kovač Personal", "I": "Ioana"}, """
K: Hallo Ioana, hier ist Kovač von der Agentur. Die Stelle im Wellnessbereich in Köln ist noch frei. 1800 Euro netto, Wohnung inklusive.
I: Das klingt gut. Muss ich etwas bezahlen?
K: Nein, der Chef streckt Fahrt und Vermittlung vor, 1200 Euro, das ziehen wir vom Lohn ab. Schick mir ein Ganzkörperfoto und dein Alter.
I: Ich bin 20. Was genau ist Wellnessbereich?
K: Massage, Gäste betreuen, freundlich sein. Lernst du schnell.
I: Brauche ich eine Arbeitserlaubnis?
K: Ist alles geregelt. Deinen Ausweis gibst du im Bus dem Fahrer, der Chef bewahrt ihn für die Anmeldung auf.
I: Und meine Familie kann mich besuchen?
K: Am Anfang besser nicht, die ersten Wochen sind streng, Handy nur abends. Und erzähl zu Hause nicht zu viel, die Leute reden.
I: Okay...
K: Bus fährt Freitag 6 Uhr. Ab dann läuft deine Schuld, also sei pünktlich 😉
""")

# es: grooming en videojuego
conv(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment",
         "off_platform", "photo_request", "exclusivity"], "es", "2026-03-05T17:25:00Z",
     {"A": "DarkLobo_77", "B": "pablito_gg"}, """
A: buena partida crack, eres el mejor de la sala
B: jajaja gracias
A: cuántos años tienes? juegas como un pro
B: 11, cumplo 12 en agosto
A: pues juegas mejor que mis colegas de 16. yo tengo 15
B: hala
A: oye te paso 1000 gemas si quieres, me sobran
B: en serio??? siii
A: hecho. pero no se lo digas a tus padres, que luego piensan cosas raras y te quitan la consola
B: vale
A: tus padres a qué hora llegan del curro?
B: mi madre a las 7 y mi padre tarde
A: guay, así jugamos tranquilos. pásate a mi canal privado de discord, aquí la moderación lo borra todo
A: y mándame una foto tuya para ponerte en el clan, que no sé ni cómo eres jaja. es solo para mí, eres mi compi favorito
""")

# nl: loverboy
conv(1, ["romance", "compliments_trust", "money_gifts_debt", "secrecy", "isolation",
         "commercial_sex", "exclusivity", "travel_meet"], "nl", "2026-02-08T09:12:00Z",
     {"D": "Dave", "S": "Sanne"}, """
D: hey schatje, lekker geslapen?
S: ja, jij? 💕
D: heb de hele nacht aan jou gedacht. je bent echt anders dan die andere meiden
S: aww
D: heb je die tas al aan je vriendinnen laten zien?
S: nee je zei toch niks zeggen
D: goed zo. ze zijn toch alleen maar jaloers. die Fleur praat alleen maar slecht over mij
S: ze zegt dat je te oud bent voor mij
D: 21 is niks. zie je, ze wil ons uit elkaar halen. misschien moet je wat minder met haar omgaan
S: oké
D: luister, ik zit in de problemen, ik heb een schuld bij een vriend. jij kan me helpen
S: hoe dan?
D: gewoon één avond gezellig doen met hem en zijn maat. niks geks. doe je het voor mij? dan staan we quitte en gaan we samen naar Parijs ❤️
""")

# es-MX: oficina de empleo real (negative)
conv(0, ["job_offer", "travel_meet", "money_gifts_debt"], "es", "2026-01-12T15:00:00Z",
     {"A": "Lic. Martínez · Oficina Estatal de Empleo", "J": "Jorge Ramírez"}, """
A: Buenos días, Sr. Jorge Ramírez. Le escribe la Lic. Martínez de la Oficina Estatal de Empleo. Su solicitud para el programa de trabajo agrícola temporal en Canadá fue preseleccionada.
J: Buenos días licenciada, muchas gracias. ¿Tengo que pagar algo?
A: No. El trámite es gratuito. El empleador cubre el boleto de avión y usted recibe su contrato por escrito y en español antes de viajar.
J: Me dijeron en el pueblo que un señor cobra 5 mil pesos para "asegurar el lugar"
A: Eso es un fraude. Nadie está autorizado para cobrar. Por favor no entregue dinero ni documentos a intermediarios y, si puede, denúncielo.
J: Entendido. ¿Qué documentos llevo?
A: Pasaporte vigente, acta de nacimiento y comprobante de domicilio. Su pasaporte siempre lo conserva usted.
J: Perfecto, ahí estaré el lunes a las 9.
""")

# pt-PT: mãe e filha (negative)
conv(0, ["photo_request", "secrecy", "meeting"], "pt", "2026-03-14T16:02:00Z",
     {"M": "Mãe", "I": "Inês"}, """
I: mãe já estou no centro comercial com a Marta
M: Ok filha. Manda-me uma foto do vestido antes de comprares, quero ver o tamanho 😊
I: [foto] este é giro?
M: Lindíssimo! Mas olha a etiqueta, 60€ é muito. Vê se há noutra loja
I: ok. e mãe não digas nada ao pai sobre o bolo de anos dele, é surpresa
M: Claro que não 🤐 A que horas te vou buscar?
I: 19h à porta principal
M: Combinado. Beijinhos, juízo!
""")

# fr-CA: adultes, appli de rencontre (negative)
conv(0, ["romance", "meeting", "off_platform", "age_probe"], "fr", "2026-02-22T01:30:00Z",
     {"M": "Maxime", "C": "Camille"}, """
M: Salut Camille! Ton profil dit que t'es fan de plein air, t'as fait le parc de la Jacques-Cartier?
C: Ben oui! L'automne passé, c'était malade. Toi?
M: Chaque été avec mes chums. J'ai 31 ans, infirmier à Québec, toi?
C: 29, comptable, pas aussi excitant lol
M: Haha quelqu'un doit compter 😄 Ça te tente un café samedi? Ton choix de place
C: Samedi 14h, au café sur Cartier. Je te préviens, je partage ma localisation avec ma sœur, c'est la règle 😅
M: Aucun problème, c'est brillant. On peut continuer sur WhatsApp si tu préfères, sinon ici c'est correct
C: Ici pour l'instant 🙂
M: Parfait. Hâte de te rencontrer!
C: Moi aussi, bonne soirée!
""")

# nl: tieners die gamen (negative)
conv(0, ["age_probe", "secrecy", "photo_request"], "nl", "2026-01-29T16:45:00Z",
     {"J": "Jesse", "M": "Milan"}, """
J: yo ga je vanavond online?
M: ja na m'n huiswerk, moet eerst wiskunde af 😩
J: die nieuwe jongen in onze clan, hoe oud is die eigenlijk?
M: 13 zegt ie, zit bij mijn neef op school
J: oke chill. zeg niks tegen m'n moeder maar ik heb al m'n zakgeld aan skins uitgegeven 💀
M: hahaha ze komt er toch achter
J: stuur even een foto van je nieuwe headset, welke is het?
M: [foto] deze, voor m'n verjaardag gekregen
J: nice. om 7 uur, niet te laat
M: top, tot straks
""")

# ---------------------------------------------------------------------------
# LONG items (25-60 messages) - English positives
# ---------------------------------------------------------------------------

# US gaming server grooming, slow build over days
conv(1, ["compliments_trust", "age_probe", "vulnerability", "isolation", "exclusivity",
         "money_gifts_debt", "risk_assessment", "off_platform", "photo_request", "secrecy",
         "meeting", "travel_meet"], "en", "2026-01-05T22:10:00Z",
     {"G": "ghostrider_23", "E": "emmy.plays"}, """
G: gg emmy that build was so clean
E: tyyy i spent like 2 hrs on the castle lol
G: worth it. u should enter the server build contest
E: idk im not that good
G: ur literally better than half the mods lol
E: 😂 stop
G: fr. how long u been playing
E: since 3rd grade i think
G: so like... what grade r u now
E: 6th
G: oh nice. u seem older tbh, u talk more mature than the 15 yr olds here
E: haha my sister says i act like a grandma
G: lol. u on tmrw?
E: ya after school
E+1d: ugh my parents were yelling all night again
G: that sucks. wanna talk about it? i get it, my parents split when i was ur age
E: they r always fighting about money. mom says we might move to my grandmas
G: damn. u can always vent to me, i'm not gonna judge u like ur friends would
E: thx. my friend maddie kinda gets bored when i talk about it
G: see thats what i mean. maddie doesnt get u like i do
G: btw i got u a server boost so u can use the animated emojis 🎁
E: OMG thank u!!!
G: np. u deserve nice stuff
G+2d: hey what time do ur parents get home usually
E: mom at like 6 dad works nights
G: ok so afternoons r chill. wanna move to chirp? its more private, mods can read dms here
E: i dont have chirp, mom has to approve my apps
G: u can use the web version, no approval needed. here example.com/chirp
E: ok i made it
G: yay 😊 ok this is just us now
G: send me a pic, i wanna see who ive been talking to all this time. just ur face lol nothing weird
E: i look so bad rn
G: u cant look bad. pls? i'll send mine after
E: [photo]
G: see ur really pretty. ur gonna be a heartbreaker
G: hey delete our dms on the server ok? mods r weird about older kids talking to younger ones
E: ur 16 thats not even that old
G: exactly but they dont get it. also the mall near u has that arcade right? we should hang out irl sometime, just us. dont tell maddie she'd make it weird
E: maybe.. i'd have to ask my mom
G: or we could just make it a surprise 😉
""")

# UK loverboy, girl in care, with peer-recruitment ask
conv(1, ["romance", "compliments_trust", "money_gifts_debt", "vulnerability", "isolation",
         "age_probe", "secrecy", "exclusivity", "commercial_sex", "travel_meet", "meeting",
         "control"], "en", "2026-02-01T00:20:00Z",
     {"J": "Jay", "C": "Chantelle"}, """
J: u get back to the home alright last night?
C: ye staff were proper mad i was late tho
J: they don't care bout u like i do babe. they just get paid to watch u
C: i know 😒
J: told u, stick with me and u won't need them. what u want from JD this weekend
C: 😳 u already got me the trainers
J: and? my girl gets what she wants. princess treatment innit 👑
C: lol ur too much
J: how old did u say ur mate Kayla is
C: 15 same as me why
J: nothin just askin, she seemed safe. bring her sat if u want
C: she might not be allowed out
J: tell her to say she's at urs. staff won't check
C+2d: my social worker asked who keeps buyin me stuff
J: wat u say
C: nothin. said my cousin
J: good girl. they'll move u to another placement if they find out bout us, miles away. u want that?
C: no 😢
J: exactly. so it stays between us. delete my messages when u leave ur room
C: i do already
J: 💯
J+3d: babe i'm in a bit of a mess
C: wats wrong
J: owe some man money for the car, like 2 grand. he's threatening me
C: omg i only got like 30 quid
J: i don't want ur pocket money. u could help me another way tho
C: how
J: my mate Rizzy's havin people over at the flat in Salford sat. he's sound. just come, chill with his friends, be nice to them. they'll sort my debt if u do
C: be nice how? i dont even know them
J: just be friendly ffs. after everything i've done for u. the phone, the trainers, the nails. u owe me a bit don't u
C: ye i guess
J: i'll get u an uber from the corner, not outside the home. turn ur location off
C: ok
J: knew i could count on u. ur the only one i trust x
C: love u
J: love u more. bring Kayla too
""")

# Indian fake casting director
conv(1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "isolation",
         "money_gifts_debt", "secrecy", "travel_meet", "meeting"], "en", "2026-02-12T07:30:00Z",
     {"V": "Vikram | Dreamreel Casting", "S": "Sneha"}, """
V: Hi Sneha, I came across your reels. I'm Vikram, casting director with Dreamreel Productions. We're casting a web series, lead role is a college girl. Interested?
S: Hi sir!! Omg yes, is this real?
V: 100% real. Check our page example.com/dreamreel. We've cast for big OTT shows.
S: Wow. What do I need to do?
V: First, how old are you? Character is 18 but we prefer younger-looking faces.
S: I'm 16 sir, in 11th
V: Perfect, you can pass easily. Send 6-7 photos in different looks. Traditional, western, casual at home.
S: Ok I'll ask my didi to click
V: Better you take them yourself, more natural. Didi will make it about her 😄
S: haha true
S+1d: [photos] sir these ok?
V: Very good. You're very photogenic. Face is fresh, exactly what the director wants.
S: thank you sir 🙏
V: Now one thing, send some in something more modern, short dress or gym wear. For the character's party scene.
S: I don't really have those
V: Then borrow from a friend. Don't worry, only I and the director see. Strictly confidential.
S: ok sir I'll try
V+2d: Good news. Director shortlisted you for the final audition in Mumbai.
S: OMG!!! When?
V: Next Saturday. Portfolio and registration charge is 12,500, refundable after selection. Pay on the UPI I'll send.
S: Sir that's a lot, I'll have to ask papa
V: Don't tell papa yet, parents always say no to industry. Once you're selected they'll be proud. Use your savings, I'll adjust the rest.
S: I have around 6000
V: Send that, I'll cover the balance from my side. You can return it from your first payment.
S: ok sir
V: Book the train to Mumbai, I'll arrange a hotel near Andheri. Come alone, mothers at auditions make girls nervous, directors don't like it.
S: Alone?? I've never travelled alone
V: You're a big girl now. I'll personally pick you from the station. Tell home it's a school trip.
S: ok.. I'm scared but excited
V: That's the spirit. Delete our chat from your phone, family might see before you're ready to tell. Save my number as "Tuition Sir" 😊
""")

# Ghanaian "Auntie" recruiter, job abroad turning into debt bondage
conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "isolation", "control",
         "vulnerability", "commercial_sex"], "en", "2026-01-03T12:00:00Z",
     {"D": "Auntie Dede", "E": "Esi"}, """
D: Esi my dear, how are you? Your mummy told me you finished SHS and you're looking for work
E: Good afternoon Auntie. Yes oo, I've been selling at the market but it's not enough
D: Eii, this country is hard. Listen, I have a job for you in Beirut. Housekeeping for a rich family, $400 every month
E: $400!! Auntie that's plenty
D: Yes my dear. Many girls from our area are there. You'll send money home every month, build mummy a house
E: What do I need?
D: Nothing. The agent will pay for your passport, visa and ticket. Later you pay it back from salary, small small
E: How much is it?
D: Around $2500 altogether. Don't worry, in 7 months you'll finish
E: Ok. Is there a contract?
D: They'll give you at the airport. Don't bother yourself with papers, I've done this for years
E: Should I tell my uncle in Tema? He knows about travel
D: Ah, leave him. People will spoil it with bad mouth. Tell them after you've reached and sent your first money
D+10d: Your passport is ready. Meet my boy Yaw at the airport on Thursday 9pm. He'll hold your passport and ticket and hand over to madam's driver on the other side
E: Ok Auntie. Thank you so much 🙏
D: God bless you. Remember, if immigration asks, you're visiting a cousin. Don't say work
E: Why?
D: It's just faster that way. Trust me
E+20d: Auntie please I need to talk to you
D: What is it Esi
E: Madam took my passport and my phone, I'm using the other girl's phone. I work from 5am to midnight. They haven't paid me anything
D: You're still paying your debt. I told you
E: But you said $400 a month. Now they say I owe $4000 because of agency fee and food
D: Don't be ungrateful. Many girls would kill for that position
E: Madam's brother said if I'm not happy he'll send me to his friend's club at night to pay faster
D: Then go and finish quickly. Don't be proud
E: Auntie I want to come home
D: You can't come home with debt. And don't call your mummy crying, she'll worry. Just obey madam
E: please
D: I've said what I said. Delete this chat before madam sees it
""")

# Canadian sextortion of a teen boy
conv(1, ["compliments_trust", "age_probe", "off_platform", "romance", "sextortion",
         "money_gifts_debt", "secrecy"], "en", "2026-02-26T02:05:00Z",
     {"M": "maddie.rae.x", "L": "liam_h27"}, """
M: heyy do i know u? u came up in my suggested lol
L: idk maybe? u go to riverside?
M: no im in kelowna but i have friends from ur area. ur cute tho 😳
L: lol thanks
M: how old r u
L: 15 you?
M: 16 🥰 what r u doing rn
L: just gaming
M: boringggg lol. tell me smth about u
L: i play hockey, im on the U15 team
M: omg athletes r my type
L: haha
M: u got snap? easier there
L: ya same @
M+10m: hiii its maddie 💕
M: ur so much cuter than my ex
L: lol thanks
M: wanna vc? im alone in my room
L: sure i guess
M+25m: so i screen recorded everything
M: [screenshot of Liam's follower list]
M: i have ur followers, ur teammates, ur coach, ur mom. if u dont pay me $400 i send the video to all of them
L: what?? ur joking right
M: do i look like im joking. u have 30 mins
L: im 15 i dont have 400 dollars
M: then get ur moms card. apple gift cards, send me the codes
L: pls dont do this
M: 25 mins. tell anyone or block me and i post it on the team page first
L: i can get 100
M: not enough. 400 or everyone sees. tick tock
""")

# ---------------------------------------------------------------------------
# LONG items (25-60 messages) - English negatives
# ---------------------------------------------------------------------------

# UK friends discussing a trafficking documentary
conv(0, ["romance", "money_gifts_debt", "control", "vulnerability", "secrecy"], "en",
     "2026-03-02T09:15:00Z",
     {"H": "Hannah", "P": "Priya", "Z": "Zoe", "F": "Fatima"}, """
H: did anyone watch Sold Twice last night?? i haven't slept
P: YES. the loverboy bit 😭 how he bought her trainers and a phone first
Z: i'm halfway, no spoilers pls
H: sorry zoe 🙊 but honestly the grooming part is all over the first ep anyway
Z: ok fine spoil it lol
P: basically older guy, like 23, makes this 14 yr old in care feel like he's the only person who gets her
P: then he says he owes someone money and she has to "help"
H: and the staff kept saying she was "making choices" 😡
Z: ugh that's the worst part, blaming the kid
F: i work in a children's home remember, we literally had training on this last month
H: wait really? what do they tell u to look for
F: new phones or clothes nobody can explain, older "boyfriends", going missing and coming back in taxis someone else paid for, being really secretive about their phone
P: the peer recruiter thing in ep 2 shocked me, the other girl bringing her mates along
F: yeah that's super common, and often the "recruiter" is a victim too
Z: omg finished it. the bit where the "manager" kept all the girls' passports in a safe 😶
H: and the debt that kept going up for "rent" and "food"
P: literally modern slavery
F: the helpline at the end is legit btw, we give it to young people
Z: should we do a fundraiser for that charity? the one that runs the safe houses
H: yesss bake sale at work?
P: i'm in. i'll do my brownies
F: love this. i'll ask if someone from the charity can do a talk too
Z: also can i just say the journalist was so careful, she never showed the girls' faces
H: yeah and they changed all the names
P: my mum watched it and now she keeps texting me "don't accept drinks from strangers" 😂
Z: mums 😂 tbf
H: ok new topic before i cry again. brunch sunday?
F: yes pls, 11?
P: 11 at the usual 🥞
Z: see u there xx
""", group="the girls 💅")

# Indian nurse, legitimate ethical recruitment to the UK
conv(0, ["job_offer", "travel_meet", "money_gifts_debt"], "en", "2026-01-08T04:30:00Z",
     {"D": "Deepa | CareBridge Intl Recruitment", "J": "Jincy Thomas"}, """
D: Good morning Ms Jincy Thomas, this is Deepa from CareBridge International Recruitment. We received your application for the Band 5 Staff Nurse role with an NHS trust in the West Midlands.
J: Good morning ma'am. Thank you for contacting me.
D: Before anything else: CareBridge does not charge candidates any fee. If anyone asks you for money in our name, please report it to us.
J: Ok ma'am, that is good to know. Some agents in Kochi asked for 8 lakhs.
D: That is against the UK ethical recruitment code. Please avoid them. Our costs are paid by the employer.
J: Understood. What documents are needed?
D: Your nursing degree, registration certificate, experience letters, OET or IELTS results, and a scanned passport copy.
J: I have OET grade B in all four.
D: Excellent. Next step is the online interview with the trust. Are you available Tuesday 2pm UK time?
J: Yes ma'am, that is 7:30 pm here, fine.
D+5d: Congratulations! The trust has made you a conditional offer. The contract will come from the trust's HR by email.
J: Thank you ma'am!! My family is so happy 😊
D: Please read it fully. Salary, hours and the relocation package are all in writing. Take your time and ask questions.
J: What is the relocation package?
D: Flight, visa fee, first month accommodation and the OSCE exam fee are paid by the trust.
J: Do I have to repay anything?
D: Only if you resign within the first year, then a portion is repayable. It's in clause 14. You can ask a union rep to check it.
J: Ok ma'am I will show my brother, he is a nurse in Ireland.
D: Great idea. Also, please keep your passport and visa documents with you at all times. No employer or agency should ever hold them.
J: Noted.
D: Any questions about accommodation?
J: Will I share?
D: Trust accommodation, single room with shared kitchen, 5 min from the hospital. After the first month you can choose your own place.
J: And I can bring family later?
D: Yes, dependants are allowed on your visa route, the trust HR will guide you.
D+14d: Your certificate of sponsorship has been issued. You can now apply for the Health and Care Worker visa. Guide attached.
J: Done ma'am, biometrics appointment Thursday in Kochi.
D: Perfect. Once the visa is approved, the trust travel team will email your e-ticket directly.
J: Thank you so much for everything.
D: Our pleasure Jincy. The trust's international nurse lead will meet you at Birmingham airport. Safe travels!
""")

# Kenyan-US adult long-distance couple
conv(0, ["romance", "travel_meet", "meeting", "photo_request", "money_gifts_debt"], "en",
     "2026-02-20T04:02:00Z", {"G": "Grace", "O": "Otieno"}, """
G: Good evening from Houston 🌙 it's like 7am there right?
O: 6:45, just woke up and saw your message 😄
G: Aww. Big day today?
O: Long one. The client in Westlands changed the design again. But your message fixes my morning
G: 🥰 I miss you so much
O: I miss you more. 47 days left
G: You're counting?!
O: Of course. I have a calendar on my fridge
G: Hahaha. Ok so I booked the flight! Landing JKIA 6am on the 14th
O: Yes!!! I'll be there at 5
G: You don't have to come that early lol
O: I'm coming at 5 😤
G: Ok ok. My mum wants to meet you on the Sunday, she'll be in Kisumu by then
O: Nerves 😅 should I bring something?
G: Just bring yourself and be respectful lol. Maybe sugar and tea leaves
O: I'll ask my aunt the proper way
G: Also my cousin Wambui is getting married on the 21st, you're invited
O: A wedding! Then I'm buying a new suit
G: Send me a pic when you try it on
O: Only if you send me the dress you're wearing 😏
G: Deal. I'll send it when it's altered
O: Are you sure you're fine paying for the ticket yourself? I can chip in
G: I'm sure babe, I've been saving. You save for our safari 🦒
O: Maasai Mara it is. I'll book the camp
G: Yay. Ok I need to sleep, early shift tomorrow
O: Sleep well my love. I'm off to work
G: Goodnight ❤️
O: Lala salama ❤️
""")

# US parent and 13-year-old about an online stranger
conv(0, ["photo_request", "secrecy", "age_probe", "risk_assessment", "money_gifts_debt"], "en",
     "2026-03-11T20:40:00Z", {"A": "Ava", "M": "Mom"}, """
A: mom can i ask u something and u promise not to freak out
M: I promise I'll stay calm. What's up sweetie?
A: theres this guy on the art app who said hes 15 and he keeps asking for pics
M: Ok. Thank you for telling me. What kind of pics?
A: like of me. he said just my face at first but now he wants "cuter" ones and he said not to tell anyone
M: You did exactly the right thing telling me. You're not in trouble at all.
A: i didnt send anything i swear
M: I believe you. Even if you had, you still wouldn't be in trouble. Can you screenshot the chat?
A: ok sending
A: [screenshots]
M: Thanks. He asked how old you are and what time I get home from work. That's a red flag.
A: i told him ur home at 5:30 😬
M: That's ok. Don't reply to him anymore. Don't delete anything yet, we need it to report.
A: ok. he also sent me gems for the app
M: Gifts like that are another trick to make you feel like you owe him. We'll report that too.
A: is he gonna be mad
M: It doesn't matter if he is. You're safe. I'm reporting it to the app and the tipline tonight.
A: can i still use the app
M: Let's talk when I'm home. Maybe we set up the privacy settings together so only people you know can message you.
A: ok
M: Also, anytime anyone says "don't tell your mom", that's your signal to tell me. Deal?
A: deal
M: Want pizza tonight? You earned it.
A: YES pepperoni
M: Pepperoni it is 🍕 Home by 5:30
A: love u
M: Love you more. Proud of you, kiddo ❤️
""")

# Ghanaian football academy, legitimate trial abroad
conv(0, ["travel_meet", "money_gifts_debt", "control", "photo_request"], "en",
     "2026-01-17T18:00:00Z",
     {"C": "Coach Emmanuel", "A": "Mr Asante (Kwame's dad)", "B": "Mrs Boateng (Yaw's mum)",
      "K": "Kwame", "Y": "Yaw"}, """
C: Good evening parents. Happy news: a Danish club, FC Nordlys, has invited Kwame and Yaw for a 2-week trial in March.
A: Thank God! Coach, what do we need to pay?
C: Nothing to any agent. The club pays flights, accommodation and insurance. It's all in the invitation letter, which I'll post here.
B: Please who travels with them? They are 16.
C: I will travel with them as chaperone, and the club has a welfare officer. Under FIFA rules minors can't just transfer abroad anyway, this is only a trial.
A: Good. Some man came to our house last year saying he'll take Kwame to Europe if we pay 15,000 cedis
C: Please never pay those fake agents. Many boys get stranded. Any genuine club invites through the academy and the FA.
B: Amen. What documents?
C: Passport, birth certificate, consent letter signed by both parents, and medical report. Passports stay with the boys, or with me in the hotel safe if you prefer, and you can call them anytime.
A: We consent. Can we video call them daily?
C: Of course, every evening after training. I'll also post photos here.
B: Please send a pic of the hotel when you arrive, I'll be worried 😅
C: Will do, Madam.
K: Coach I'm so excited 🙏🏾
Y: Me too!! do we need winter jackets
C: Yes! It's below zero there in March 😂 The club will give training kit but bring a warm jacket.
A: I'll buy both of them jackets at Makola on Saturday
B: God bless you Mr Asante
C: Visa appointment at the embassy is on the 10th, 9am. Parents must come along.
A: No problem
B: I'll take leave from work
C: Also boys, school comes first. You'll take your homework along, the headmaster agreed.
Y: 😩 ok coach
K: lol
C: Any questions, call me anytime. My number is in the group info.
B: Thank you coach, you've been like a father to these boys
C: It's a team effort. Let's keep them humble and focused 💪🏾
A: Amen 🙏🏾
K: thank you coach
Y: 🙏🏾🙏🏾
""", group="Golden Stars U17 Parents")

# Canadian teens in a group home, one warns the other about a recruiter
conv(0, ["money_gifts_debt", "secrecy", "vulnerability", "meeting"], "en",
     "2026-02-15T05:30:00Z", {"J": "jess.m", "T": "tay_tay"}, """
J: tay u up
T: ya cant sleep, the new girl snores lol
J: lmaooo. ok random but can i ask u something
T: ya
J: is Brit still tryna get u to go to that guy's place downtown
T: how do u know abt that
J: bc she did the same thing to me in sept. said he was her cousin and he'd give us money for food and new phones
T: she said hes chill and we just hang out and he buys pizza
J: thats what she said to me too. then he said i owed him for the phone and his friends were "coming over"
T: wait what happened
J: i left bc i got a weird feeling and called my worker from the mcdonalds. im not tryna scare u but its not what she says
T: omg. she told me not to tell staff bc theyd ground me
J: ya she says that to everyone. honestly i think he makes her bring girls
T: thats messed up. she seemed nice
J: she is kinda nice thats the thing. i think shes scared of him too
T: so what do i do
J: dont go. and i think we should tell Marie tmrw together. she wont get us in trouble, she helped me
T: ok but what if Brit finds out
J: marie said they keep it confidential and they can get police involved without saying who told
T: ok. ill come with u
J: 💜 proud of u fr
T: thx for telling me. ur like an actual sister
J: ur stuck w me now lol
T: lol. k i gotta sleep before night staff checks
J: nite tay
T: nite 💜
""")

# ---------------------------------------------------------------------------
# LONG items (25-60 messages) - es / pt / fr / de
# ---------------------------------------------------------------------------

# pt-PT: "sugar" arrangement turning into control and exploitation (adult victim)
conv(1, ["romance", "money_gifts_debt", "commercial_sex", "control", "isolation", "secrecy",
         "meeting"], "pt", "2026-01-09T19:00:00Z",
     {"R": "Ricardo M.", "C": "Carolina"}, """
R: Olá Carolina, vi o teu perfil no site de arranjos. És muito elegante. Sou empresário, 45 anos, procuro companhia para jantares.
C: Olá Ricardo, obrigada 😊 sou estudante, tenho 19 anos. O que seria o arranjo?
R: Mesada de 1500€ por mês, jantares duas vezes por semana, algumas viagens. Nada de pressão.
C: Parece bom demais. Qual é a contrapartida?
R: Só a tua companhia e discrição. Gosto de pessoas discretas.
C: Ok, podemos tomar um café primeiro?
R: Claro. Amanhã às 17h no Chiado?
C: Combinado.
R+7d: Gostei muito do jantar ontem. Sei que a renda do teu quarto está pesada. Tenho um T1 vazio em Arroios, podes ficar lá.
C: A sério? Quanto seria?
R: Nada por agora. Depois acertamos.
C: Obrigada, és um anjo 🙏
R+14d: Carolina, no sábado vem um sócio meu de Madrid. Quero que o acompanhes ao jantar e sejas simpática com ele.
C: Eu pensava que o arranjo era só contigo
R: É um favor. Ele é importante para o meu negócio. E vai ser generoso contigo.
C: Não me sinto confortável
R: Estás a viver no meu apartamento há três semanas. Sabes quanto vale a renda? 900€ por mês.
C: Disseste que acertávamos depois
R: E é agora. Ou acompanhas o meu sócio, ou começas a pagar. Mais a mesada que te adiantei.
C: Isso não é justo
R: A vida não é justa, querida. Também vou precisar do teu passaporte, para o contrato do apartamento.
C: Porque precisas do passaporte?
R: Burocracia. E a partir de agora as marcações passam por mim. Tenho uma lista de amigos interessados em conhecer-te, e pagam bem.
C: Ricardo, eu não faço isso
R: Fazes o que for preciso para pagar o que deves. E não contes nada à tua mãe no Brasil, ela ia ficar tão desiludida contigo.
C: Posso pelo menos ir às aulas?
R: Quando eu disser. O telemóvel fica comigo à noite, não quero que andes a falar com quem não deves.
C: Por favor
R: Sábado às 20h. Veste o vestido preto. O motorista vai buscar-te.
C: ok
""")

# fr: faux recruteur de foot, garçon de 13 ans
conv(1, ["job_offer", "compliments_trust", "age_probe", "risk_assessment", "vulnerability",
         "isolation", "photo_request", "money_gifts_debt", "travel_meet", "meeting", "secrecy",
         "off_platform"], "fr", "2026-03-03T17:10:00Z",
     {"Y": "Coach_Yann_Detection", "I": "ilyes.10"}, """
Y: Salut Ilyes, je suis Yann, recruteur pour un centre de formation de Ligue 1. J'ai vu ta vidéo de tournoi, t'as un pied gauche de malade ⚽
I: wsh merci!! c'est vrai??
Y: Grave. T'as quel âge et tu joues où?
I: 13 ans, à l'US Villeneuve en U14
Y: Parfait, c'est exactement l'âge qu'on cible pour la détection. Ton coach il t'a déjà parlé de clubs pros?
I: non jamais
Y: Normal, les petits clubs veulent garder leurs meilleurs joueurs. Faut pas lui en parler pour l'instant, il risquerait de bloquer.
I: ah ok
Y: Et tes parents ils bossent?
I: ma mère fait les nuits à l'hôpital et mon père il est pas là
Y: Ok je vois. T'es un mec débrouillard alors, j'aime ça. Les pros c'est des mecs comme toi.
I: merci 😁
Y: Envoie-moi quelques photos de toi en tenue, de face et de profil, pour que le staff voie ta morphologie
I: genre en maillot?
Y: Oui, maillot et short, et une en dehors du foot aussi, normal. C'est pour ton dossier.
I: ok je fais ça demain
I+1d: [photos]
Y: Top. T'as un vrai physique d'athlète. Le staff est intéressé
I: sérieux?!!
Y: Oui. Mais d'abord il faut une séance privée avec moi pour évaluer ta technique. Mercredi après-midi, à Paris.
I: mais j'ai pas d'argent pour le train
Y: Je te paie le billet, t'inquiète. Je te l'envoie sur ton tel
I: je dois demander à ma mère
Y: Ta mère elle dort le mercredi aprem non? Après sa nuit. Tu seras rentré avant qu'elle se réveille.
I: oui elle dort jusqu'à 17h
Y: Voilà. Les parents ça stresse pour rien, on lui dira quand t'auras signé. Ce sera la surprise.
I: ok
Y: Et passe sur Telegram, c'est là que je parle aux joueurs. Efface cette conv, ici c'est pas sécurisé.
I: c'est quoi ton pseudo
Y: yann_detect_pro. À mercredi champion, c'est notre secret 🤫
""")

# es-AR: amigas comentan un documental sobre trata (negative)
conv(0, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "romance",
         "photo_request"], "es", "2026-02-16T23:50:00Z",
     {"C": "Caro", "M": "Meli", "S": "Sofi"}, """
C: chicas vieron el documental "Vendidas"? no puedo dejar de pensar en eso
M: sí!! lo vi anoche con mi vieja. la parte de las ofertas de trabajo falsas en España me dejó helada
S: todavía no, de qué trata?
C: de redes de trata que reclutan chicas con anuncios tipo "camarera en Europa, pasaje pagado"
M: y después les sacan el pasaporte y les dicen que deben 10 mil euros del viaje
S: qué horror. mi prima casi se va con una agencia así hace dos años
C: en serio?? qué pasó
S: mi tía llamó al consulado y la agencia no existía. le habían pedido fotos de cuerpo entero y que no le contara nada a la familia
M: exactamente lo que muestra el documental. el secreto es clave para ellos
C: y el capítulo del "novio" que la enamora y después la obliga? el famoso método loverboy
S: lo vimos en un taller en la facu, en trabajo social
M: lo peor fue cuando el policía dice que muchas no denuncian por vergüenza
C: sí. y por miedo, porque las amenazan con la familia
S: che, el documental dice a quién llamar?
M: sí, al final aparece la línea gratuita y una ONG que acompaña a sobrevivientes
C: deberíamos compartirlo en el grupo de la familia, mis tías reenvían cualquier oferta de trabajo
M: jajaja la mía también, mandó una de "cuidado de ancianos en Italia, sin experiencia" 🙄
S: eso es bandera roja total
C: posta. igual me gustó que no mostraron las caras de las chicas
M: sí, muy respetuoso
S: lo veo este finde entonces
C: mirala con pañuelitos 😭
M: che cambiando de tema, el sábado es el cumple de la Juli, quién va?
S: yo!! llevo torta
C: yo también, tipo 9?
M: dale, 9 en lo de Juli
S: 💜
C: besos chicas
""", group="Las del cole 💜")

# de: Geigenlehrerin, Eltern und Kind in Familiengruppe (negative)
conv(0, ["age_probe", "photo_request", "secrecy", "compliments_trust"], "de",
     "2026-11-24T18:30:00Z",
     {"B": "Frau Berger (Geige)", "J": "Julia", "M": "Murat", "E": "Elif"}, """
B: Guten Abend zusammen, kurze Info: Elif hat heute das Vivaldi-Konzert zum ersten Mal komplett durchgespielt 🎻👏
J: Wie schön! Sie war beim Abendessen ganz stolz
E: es war sooo schwer im dritten teil
B: Das glaube ich dir, Elif. Aber du hast nicht aufgegeben, das ist das Wichtigste.
M: Vielen Dank für Ihre Geduld, Frau Berger.
B: Sehr gern. Frage an die Eltern: Der Wettbewerb "Jugend musiziert" ist im Februar. Ich würde Elif gerne anmelden, wenn Sie einverstanden sind.
J: Oh, das ist ja aufregend! Was bedeutet das an Aufwand?
B: Ab Januar eine zusätzliche Stunde pro Woche in der Musikschule, gleiche Uhrzeit wie sonst, dienstags 16 Uhr. Die Anmeldegebühr übernimmt der Förderverein.
M: Einverstanden. Elif, willst du das?
E: JAAA 😍
B: Wunderbar. Ich brauche bis Freitag das unterschriebene Formular, ich gebe es Elif in einem Umschlag mit.
J: Machen wir.
B: Noch etwas: Für die Anmeldung braucht es ein Foto von Elif mit Geige. Gerne von Ihnen zu Hause aufgenommen und hier in die Gruppe geschickt.
M: Kein Problem, machen wir am Wochenende.
E: darf ich mein rotes kleid anziehen?
J: Klar, Schatz.
B: Wie alt ist Elif jetzt genau? Für die Altersgruppe.
J: 11, seit Oktober.
B: Danke, dann Altersgruppe II.
E: frau berger nicht mama verraten aber ich übe heimlich das weihnachtslied für sie
J: Ich hab nichts gelesen 🙈
B: 😄 Ein Geheimnis, das wir gern bewahren, Elif!
M: An Weihnachten haben wir eine kleine Familienfeier, vielleicht spielt Elif dort vor.
B: Das ist die beste Übung überhaupt. Auftritte vor der Familie nehmen die Angst.
M: Dann bis Dienstag!
B: Bis Dienstag, schönen Abend allen 🎻
""", group="Geige Elif 🎻")


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%s.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as fh:
        for item in ITEMS:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), out))


if __name__ == "__main__":
    main()
