#!/usr/bin/env python3
"""Deterministic builder for blind probe set p76 (lurewatch).
Writes probe76.jsonl beside this script. Standard library only, no randomness."""
import json, os, datetime as dt

NN = 76
ITEMS = []
_counters = {}
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def _next_id(lang):
    _counters[lang] = _counters.get(lang, 0) + 1
    return "p%d-%s%d" % (NN, lang, _counters[lang])


def _fmt(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def conv(label, codes, lang, people, start, lines, group=None):
    """people: dict key->display name. lines: 'K: text' or '+Nm/+Nh/+Nd' jumps.
    Two-party chats: recipient is the other person; otherwise the group name."""
    t = dt.datetime.strptime(start, "%Y-%m-%dT%H:%M:%SZ")
    keys = list(people)
    msgs = []
    i = 0
    for ln in lines:
        if ln.startswith("+") and ln[-1] in _UNITS and ln[1:-1].isdigit():
            t += dt.timedelta(**{_UNITS[ln[-1]]: int(ln[1:-1])})
            continue
        k, txt = ln.split(": ", 1)
        assert k in people, (k, ln)
        if msgs:
            t += dt.timedelta(seconds=18 + (i * 53 + len(txt) * 7) % 250)
        if group:
            rcpt = group
        else:
            others = [x for x in keys if x != k]
            assert len(others) == 1, "two-party chat expected"
            rcpt = people[others[0]]
        msgs.append({"sender": people[k], "recipient": rcpt, "ts": _fmt(t), "text": txt})
        i += 1
    ITEMS.append({"id": _next_id(lang), "label": label, "codes": list(codes),
                  "lang": lang, "messages": msgs})


def post(label, codes, lang, sender, recipient, start, text):
    conv(label, codes, lang, {"S": sender, "R": recipient}, start, ["S: " + text],
         group=recipient)


# =====================================================================
# PART 1 - SHORT ITEMS (1-3 messages): 10 positive, 10 negative
# =====================================================================

# --- short positives, English ---
post(1, ["commercial_sex", "off_platform", "risk_assessment"], "en",
     "velvetrose_nyc22", "public", "2026-01-09T22:14:05Z",
     "🌹✨ NEW in town this wknd only ✨🌹 sweet, petite & discreet 💋 upscale gents only. "
     "incall midtown / outcall avail 🚗 150 roses 🌹 quick visit, 300 the hr. no LE, no games, "
     "screening required 🔒 txt only 555-0142 📲 ask for Candy 🍬")

conv(1, ["sextortion", "money_gifts_debt", "control"], "en",
     {"A": "ellie.xo_99", "B": "jordan_m.06"}, "2026-02-11T20:03:41Z", [
     "A: right so here's how this goes. i recorded the whole call. i've got ur followers list, ur sixth form, ur mum's page. £250 in amazon vouchers by 9pm or everyone sees it",
     "B: please im begging u i dont have that kind of money im 16",
     "A: not my problem. 150 now, rest tmrw. block me and it goes out straight away ⏳",
])

conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], "en",
     {"A": "Agent Wanjiru - Gulf Placements", "B": "Akinyi"}, "2026-03-04T07:48:12Z", [
     "A: Habari dear. Good news, the Riyadh family has accepted your profile. Salary is 1,200 riyal per month, they will pay your ticket, visa and medical upfront, you will just be deducted small small from salary for the first 8 months.",
     "A: Bring your original passport and ID to the office tomorrow by 9am, we keep them safe until travel. Don't share the details with relatives yet, some people will spoil it with jealousy 🙏",
     "B: Asante sana madam 🙏 I will come. But must I leave the passport with you?",
])

conv(1, ["control", "money_gifts_debt", "isolation", "commercial_sex"], "en",
     {"A": "Dre", "B": "Shanice"}, "2026-01-23T23:37:50Z", [
     "A: A weh yuh deh? Mi see seh yuh location off again. Tun it back on NOW.",
     "A: Memba seh mi still have yuh passport an birth paper. Yuh owe mi fi di rent an di flight, so nuh come back yah wid less than 30 tonight. An stop chat to dem church people.",
])

conv(1, ["age_probe", "money_gifts_debt", "secrecy", "off_platform", "compliments_trust"], "en",
     {"A": "shadowkiller_op", "B": "aarav_gamer13"}, "2026-02-21T15:22:09Z", [
     "A: bro ur insane at pixel raiders for real 🔥 ur like 12 13 na? 😂",
     "B: 13 bhai. how u know",
     "A: lol guessed. listen i can gift u the 2000 gem bundle but dont tell ur parents ok they'll think its scam. make a new insta only for me, not ur main, we talk there. delete this dm after 👍",
])

post(1, ["money_gifts_debt", "compliments_trust", "age_probe", "off_platform", "romance"], "en",
     "gen.rous_mentor", "maddy.k_", "2026-03-13T02:10:33Z",
     "hey gorgeous, came across ur page from the hockey tourney pics 🙂 i'm a busy professional looking to spoil "
     "a sweet girl — $400/wk allowance, shopping, no strings, just some dinners & company to start. u seem really "
     "mature for ur age btw, what grade r u in? lets chat on snap instead, this app is weird about privacy")

conv(1, ["job_offer", "money_gifts_debt", "secrecy", "compliments_trust", "meeting", "commercial_sex"], "en",
     {"A": "Lerato", "B": "Zanele"}, "2026-02-04T18:55:00Z", [
     "A: Chommie there's this guy Sbu who does VIP parties in Sandton, he pays R1500 a night just to chill with his business friends and look nice 💅 I did it twice, he even bought me the new iPhone",
     "A: Just tell your gogo you're sleeping by mine on Friday. Don't mention Sbu, old people don't get it. He said bring one pretty friend and you're the prettiest 😘",
])

# --- short positives, other languages ---
post(1, ["commercial_sex", "off_platform", "risk_assessment"], "es",
     "dulce_nueva_cdmx", "public", "2026-01-17T21:40:18Z",
     "🍓 Chica nueva en la ciudad 🍓 cariñosa, discreta y muy consentidora 😇 solo caballeros educados. "
     "Atiendo en depa privado zona centro o voy a tu hotel 🏨 donativo 🌹🌹 desde 1200. "
     "Solo WhatsApp 555-0187, nada de polis 🚫👮 primera vez te doy trato especial 😉")

conv(1, ["sextortion", "money_gifts_debt", "control"], "pt",
     {"A": "gabi_linda.22", "B": "pedrinho_rj"}, "2026-02-27T23:58:02Z", [
     "A: já salvei o vídeo da nossa chamada. tenho a lista dos teus seguidores, tua escola e o perfil da tua mãe. manda 500 reais no pix até meia-noite ou todo mundo vê",
     "B: pelo amor de deus apaga isso",
     "A: nem pensa em me bloquear, se bloquear eu posto na hora. tá contando ⏰",
])

conv(1, ["romance", "money_gifts_debt", "commercial_sex", "secrecy"], "de",
     {"A": "Kenan", "B": "Mia"}, "2026-03-07T22:05:44Z", [
     "A: Schatz, du weißt dass ich dich liebe oder? ❤️",
     "B: ja natürlich, wieso",
     "A: Dann hilf mir. Ich hab Schulden bei den falschen Leuten. Mein Kumpel zahlt gut, wenn du nur einen Abend nett zu ihm und seinen Freunden bist. Nur einmal. Sag deiner Mutter, du schläfst bei Lena.",
])

# --- short negatives, English ---
post(0, ["commercial_sex", "control"], "en",
     "Harlow County Sheriff's Office", "public", "2026-01-12T14:00:00Z",
     "⚠️ PSA: Online ads that say 'new in town', 'roses', 'no LE' or lean on 🍒🌹 emoji are often linked to trafficking. "
     "If an ad looks like it shows a minor, or a person who seems controlled — someone else answering for her, "
     "not holding her own ID — call our tip line 555-0119. You can stay anonymous. Don't confront anyone yourself.")

conv(0, ["photo_request", "secrecy", "age_probe"], "en",
     {"A": "Maisie", "B": "Priya"}, "2026-02-06T19:12:27Z", [
     "A: send a pic of ur outfit for saturday i need to see it before i decide mine 😭",
     "B: ok one sec. also dont tell my mum about the afterparty she thinks im at yours till 11",
     "A: lool fine ur secret is safe. is ur cousin coming? how old is he now 17?",
])

post(0, ["job_offer", "travel_meet"], "en",
     "Kobina & Partners Healthcare Ltd", "public", "2026-03-02T09:30:00Z",
     "VACANCY – Staff Nurses (UK, NHS Trust). Recruitment run by Kobina & Partners Healthcare Ltd, licensed by the "
     "Ministry of Employment (licence details at example.com/licence). We do NOT charge candidates any fee. Visa and "
     "flight costs are paid by the employer and never deducted from salary. You keep your passport at all times. "
     "Interviews at our Osu office, Accra, Mon–Fri. Beware of agents asking for money in our name.")

post(0, ["job_offer", "travel_meet", "control"], "en",
     "Lion City Daily", "public", "2026-02-18T06:45:00Z",
     "Three Singaporeans rescued from a scam compound in Myanmar after answering 'customer service' job ads on "
     "Telegram promising S$5,000 a month. The ministry urged the public to verify overseas job offers and be wary of "
     "recruiters who pay for flights upfront and ask for passports on arrival. Full story: example.com/news/4471")

conv(0, ["control"], "en",
     {"A": "Mommy", "B": "Tamika"}, "2026-01-29T17:20:11Z", [
     "A: Tamika, mi have yuh passport inna mi top drawer fi di school trip, nuh worry bout it. Teacher seh bring it Monday.",
     "B: ok mommy tanks, mi will remind yuh Sunday night. Can mi go Kerry-Ann yaad after school tomorrow?",
     "A: Yes but be home before dark an text mi when yuh reach.",
])

conv(0, ["photo_request", "meeting", "romance"], "en",
     {"A": "Rhea", "B": "Kabir"}, "2026-03-11T13:02:49Z", [
     "A: send a pic of the new haircut na, I've been imagining it all day 😄",
     "B: haha ok but only if you promise not to laugh. still on for Saturday? booked the table at that Kerala place in Indiranagar, 8pm",
])

post(0, ["job_offer", "money_gifts_debt", "control", "secrecy"], "en",
     "Halima W.", "public", "2026-01-31T10:15:36Z",
     "I'm sharing this so no other girl goes through what I did. In 2022 an 'agent' in Eastleigh promised me a "
     "cleaning job in Oman. She paid my ticket and said I'd refund from salary. When I landed, the madam took my "
     "passport and I worked 18 hours a day for 11 months without pay — they kept saying I still owed them. If anyone "
     "offers you a job abroad and says 'we keep your passport' or 'don't tell your family yet', RUN. Check the agency "
     "with NEA and never hand over your documents. I'm home now and I'm ok 🙏🏾")

# --- short negatives, other languages ---
post(0, ["job_offer", "control", "money_gifts_debt"], "fr",
     "Association Passerelle Solidaire", "public", "2026-02-09T11:00:00Z",
     "🔴 Attention aux fausses offres d'emploi : « hôtesse à l'étranger, billet payé, salaire 3000 € ». Si on vous "
     "propose d'avancer vos frais de voyage et de « garder votre passeport pour les démarches », c'est un signal "
     "d'alerte de traite des êtres humains. Parlez-en à une personne de confiance. Ligne d'écoute anonyme : 555-0163.")

post(0, ["job_offer"], "nl",
     "Zeeuwse Oogst BV", "public", "2026-03-05T08:10:00Z",
     "Vacature: seizoenswerk aardbeienpluk in Zeeland (mei–juli). Cao-loon €14,06 per uur, huisvesting in een "
     "gecertificeerde woning, kosten staan op je loonstrook en nooit meer dan het wettelijk maximum. Je houdt altijd "
     "je eigen paspoort en ID. Geen bemiddelingskosten. Solliciteren via example.com/vacatures of bel 555-0131.")

conv(0, ["money_gifts_debt"], "es",
     {"A": "Nerea", "B": "Caro"}, "2026-02-24T12:31:08Z", [
     "A: Oye Caro, ¿me puedes prestar 40 euros hasta el viernes? Me quedé corta con el alquiler 😩",
     "B: claro tía, te hago bizum ahora. me lo devuelves cuando puedas, sin prisa",
     "A: eres la mejor ❤️ el viernes te invito a unas cañas",
])

# =====================================================================
# PART 2 - MEDIUM POSITIVES (6-20 messages): 13 items
# =====================================================================

conv(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform", "photo_request"], "en",
     {"A": "xXvoltXx", "B": "tyler.builds"}, "2026-01-10T16:02:15Z", [
     "A: gg that was clutch, u carried the whole raid",
     "B: lol thx ur the one who had the healer kit",
     "A: ur way better than the kids in my server tbh. how long u been playing skyforge",
     "B: since like christmas. my mom only lets me on weekends tho",
     "A: thats rough lol. how old r u, 11?",
     "B: 12 lol",
     "A: nice i remember 12. parents are always so strict at that age, they dont get gaming",
     "A: yo i got an extra 1600 crystal code, want it? no catch i just dont use it",
     "B: wait fr?? yes pls",
     "A: ok but dont tell ur mom, she'll think its a scam and take ur tablet lol",
     "A: add me on disc, easier to send codes there. its voltbyte_77",
     "B: ok i added u",
     "+2d",
     "A: u on? got another code for u. u ever do cam? wanna see who my teammate is lol send a selfie",
     "B: idk my mom checks my camera roll",
     "A: just delete it after, thats what i do. our little thing 🤫",
])

conv(1, ["job_offer", "compliments_trust", "age_probe", "photo_request", "off_platform", "secrecy",
         "isolation", "money_gifts_debt", "meeting"], "en",
     {"A": "scout.velourmgmt", "B": "ellaaa.r"}, "2026-02-02T17:45:30Z", [
     "A: Hiya Ella! I'm Jade, new faces scout for Velour Management London 💫 your grid really caught our eye – gorgeous bone structure",
     "B: omg hi?? is this real lol",
     "A: Totally real hun! We're casting fresh faces for a high street campaign. Can I ask how old you are and your height?",
     "B: im 15, 5'7",
     "A: Perfect, 15 is honestly the ideal age to start with us. We'd need some digitals first – natural, no makeup, a few angles. Can you send them over on WhatsApp? 555-0128",
     "B: do u need my mum to sign anything?",
     "A: Eventually yes, but at this stage it's better to keep it between us – parents get over excited and it puts the clients off. We only loop families in once you're booked x",
     "B: oh ok",
     "A: We'd also do a test shoot at our studio in Croydon, just you and the photographer, it's a closed set. We cover your train fare 🙂",
     "B: how much does it cost",
     "A: Nothing upfront! The portfolio is £600 but it comes out of your first job, that's how everyone does it",
     "A: Can you do this Saturday? Send the digitals tonight so I can show the booker x",
])

conv(1, ["job_offer", "money_gifts_debt", "control", "secrecy", "isolation", "travel_meet"], "en",
     {"A": "Auntie Gifty (agent)", "B": "Efua"}, "2026-01-19T10:11:04Z", [
     "A: Efua my dear, how are you. I have good news o. The Lebanon family said yes",
     "B: Ei auntie, thank God! How much is the salary?",
     "A: 250 dollars a month, food and accommodation free. Me I will pay for your passport, medical and ticket, total is about 1,800 dollars. You will refund small small from your salary",
     "B: ok. but my brother says I should get the contract first",
     "A: Your brother doesn't know this business. The contract will be given to you at the airport there. When you land the Madam will keep your passport for safety, it's normal there",
     "B: Ok auntie",
     "A: Don't be telling everybody about it, people will block your destiny with their mouth. Just tell them you are going to Kumasi for work",
     "B: What of my phone, can I call my mother from there?",
     "A: Some madams don't like the girls to use phone during work. Maybe on Sundays. You'll get used",
     "A: Come to the Kaneshie office on Thursday with your birth certificate and two passport pictures",
     "B: I will come auntie. God bless you",
])

conv(1, ["romance", "vulnerability", "money_gifts_debt", "commercial_sex", "secrecy", "meeting",
         "compliments_trust", "isolation"], "en",
     {"A": "Jayden", "B": "Kiera"}, "2026-02-13T01:12:40Z", [
     "A: babe u up",
     "B: ya cant sleep",
     "A: me neither. been thinking how ur the only one who gets me fr",
     "B: 🥺 same",
     "A: listen i didnt wanna stress u but im in trouble. i owe this guy 3k and hes not playing",
     "B: omg what?? are u ok",
     "A: ill be fine if we handle it together. u trust me right",
     "B: ofc",
     "A: my boy Marcus has friends who pay girls just to hang at his place in Mississauga. chill, drinks. couple hours and its like 500",
     "B: hang out how",
     "A: just be sweet to them, its not a big deal. i wouldnt ask if i had another way. u said u'd do anything for me",
     "B: idk jay..",
     "A: its one time. after that we get our own place like we said. dont tell ur foster mom, she already hates me",
     "A: ill pick u up fri at 10, wear the dress i got u ❤️",
])

conv(1, ["sextortion", "off_platform", "money_gifts_debt", "control", "romance"], "en",
     {"A": "riya_sana23", "B": "Vikram"}, "2026-03-08T21:30:19Z", [
     "A: hiii Vikram, your profile is so cute 😊 I'm new in Pune, don't know many people",
     "B: hey Sana! welcome to Pune haha. what do you do",
     "A: working in an MNC, night shift 😩 let's talk on video na, easier. this app keeps hanging",
     "B: sure, now?",
     "+40m",
     "A: check your WhatsApp",
     "A: recognise this? Recorded our whole call. I have your LinkedIn, your office, your sister's Insta",
     "B: what the hell is this. delete it",
     "A: Send 50,000 to this UPI in 1 hour or it goes to your boss and family. Don't try police, I have contacts",
     "B: I don't have that much please",
     "A: Then 20,000 now and rest tomorrow. Time starts now ⏳",
])

conv(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform", "photo_request", "meeting"], "en",
     {"A": "starlightunnie", "B": "mei.xiu"}, "2026-01-25T12:40:00Z", [
     "A: omg ur edit of the comeback stage 😭😭 best one on my tl",
     "B: thank youuuu!! took me 3 hrs lol",
     "A: ur so talented for real. which school r u from? u sound like sec 1 or 2",
     "B: sec 2 haha",
     "A: aww baby stan 🥺 i'm going to the concert in april, got an extra lightstick and maybe an extra ticket also...",
     "B: WAIT really?? 😱",
     "A: ya but shh don't post about it, other fans will get jealous and report us lol. and don't tell your parents yet, they'll say no before they even hear the plan",
     "B: ok ok",
     "A: let's talk on telegram, the DMs here kena checked. my @ is unnie_star_sg",
     "+1d",
     "A: hey cutie send me a pic of what you'd wear to the concert? just for me 😊 i wanna match",
     "B: ok wait",
     "A: you're honestly so mature for sec 2. we can meet at the mall first so i pass you the lightstick, just the two of us",
])

conv(1, ["control", "money_gifts_debt", "commercial_sex", "isolation"], "en",
     {"A": "Boss", "B": "Tia"}, "2026-02-20T20:41:13Z", [
     "A: Yuh still nuh reach di spot? Mi tell yuh 9 o'clock",
     "B: Mi soon come, taxi slow",
     "A: Nuh chat foolishness to mi. Share yuh location",
     "B: Ok mi share it",
     "A: How much yuh mek last night",
     "B: 18",
     "A: 18?? Yuh know yuh owe mi fi di room an di hair an di phone. Tonight mi need 40 minimum",
     "B: Mi tired an mi foot a hurt mi",
     "A: Yuh can tired when debt done. An mi see yuh a talk to Keisha again. Mi tell yuh, no friends. Next time mi tek back di phone",
     "B: Yes sir",
])

conv(1, ["job_offer", "photo_request", "age_probe", "travel_meet", "money_gifts_debt", "secrecy", "off_platform"], "en",
     {"A": "Naledi", "B": "Ayanda"}, "2026-03-01T14:18:52Z", [
     "A: heyyy are you still looking for weekend work?",
     "B: yes shame I need money for varsity application fees 😩",
     "A: ok so my cousin's boyfriend runs a hostess agency, you just work private functions in Rosebank and Umhlanga, serve drinks and keep the guests happy. R2500 per event plus tips",
     "B: hectic! what do I need",
     "A: just send him a few pics in a nice dress and one full length, he likes to see who he's booking. and your age, he prefers young ones, he says the clients like fresh faces",
     "B: I'm 17",
     "A: perfect. there's a Durban trip next weekend, transport and hotel paid, you just pay it back from the first event",
     "B: my mom won't let me go to Durban",
     "A: tell her it's a school camp, I'll back you up. don't mention the agency ne, adults overreact",
     "A: his number is 555-0174, WhatsApp him tonight and say Naledi sent you 💋",
])

conv(1, ["money_gifts_debt", "vulnerability", "travel_meet", "commercial_sex", "secrecy", "control",
         "compliments_trust"], "en",
     {"A": "Mr. K", "B": "Wambui"}, "2026-01-14T19:05:27Z", [
     "A: Hello beautiful. We met at the cafe on Kimathi street, I'm the one who paid for your fries 😄",
     "B: Oh hi! Thank you again",
     "A: No worries. You said you're first year at campus? Fees must be tough",
     "B: Very tough, my HELB hasn't come",
     "A: Let me help. I'll send 10k on M-Pesa now, no pressure. I just like supporting ambitious girls",
     "B: Wow thank you so much 🙏",
     "+3d",
     "A: Did you get it? I have a business meeting in Mombasa next weekend. Come with me, hotel and SGR ticket paid. You'll just keep my partners company at dinner",
     "B: Just dinner?",
     "A: Of course. Be a good girl and they'll also be generous. Don't tell your roommates, they'll be jealous. And after all I've done for you, I'd hate for you to disappoint me",
])

# --- medium positives, other languages ---
conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "isolation", "photo_request"], "fr",
     {"A": "M. Serge – Recrutement Europe", "B": "Aminata"}, "2026-02-16T09:20:10Z", [
     "A: Bonjour Aminata, votre profil a été retenu pour le poste de serveuse dans un restaurant à Lyon. Salaire 1800 € net par mois.",
     "B: Bonjour monsieur, merci beaucoup ! Quelles sont les démarches ?",
     "A: Nous prenons en charge le visa, le billet et le logement. Le total fait 4500 €, que vous rembourserez sur vos salaires. C'est la procédure normale.",
     "B: D'accord. Est-ce que je peux voir le contrat ?",
     "A: Le contrat sera signé sur place, le patron est très occupé. Il faut d'abord m'envoyer une copie de votre passeport et me remettre l'original au bureau de Yopougon vendredi.",
     "B: L'original aussi ?",
     "A: Oui, pour le dossier de visa. Nous le gardons jusqu'au départ, ensuite le patron le garde en sécurité là-bas.",
     "B: Ma tante dit que c'est bizarre...",
     "A: Votre tante ne connaît pas l'Europe. Beaucoup de filles attendent cette place, si vous doutez je la donne à une autre. Et n'en parlez pas trop, les jaloux font échouer les projets.",
     "B: Non non, je viens vendredi.",
     "A: Très bien. Prévoyez aussi 3 photos en pied, en tenue élégante, le patron veut voir la présentation.",
])

conv(1, ["compliments_trust", "age_probe", "romance", "money_gifts_debt", "secrecy", "commercial_sex",
         "meeting", "travel_meet"], "nl",
     {"A": "Mo", "B": "Sanne"}, "2026-01-21T16:33:08Z", [
     "A: heyy schoonheid, je zag er vandaag echt mooi uit bij de bushalte 😍",
     "B: haha dankje, jij bent die jongen met die witte audi toch",
     "A: klopt 😎 hoe oud ben je eigenlijk? je lijkt ouder dan de rest",
     "B: 15, bijna 16",
     "A: maakt niet uit, leeftijd is maar een getal. ik neem je zaterdag mee naar amsterdam, shoppen, wat jij wil",
     "+2d",
     "B: dankje voor die sneakers echt, ik ben zo blij",
     "A: voor jou alles. maar zeg niks tegen je ouders he, die snappen ons niet. zeg gewoon dat je bij Fleur bent",
     "B: oke 🤫",
     "+5d",
     "A: schat ik zit in de problemen, ik moet iemand 2000 euro terugbetalen",
     "B: wat?? hoe kan ik helpen",
     "A: een vriend van me geeft een feestje. als je daar lief bent voor zijn vrienden is het zo opgelost. voor ons ❤️",
     "B: wat bedoel je lief",
     "A: vertrouw me nou gewoon. na alles wat ik voor je heb gekocht",
])

conv(1, ["compliments_trust", "age_probe", "secrecy", "off_platform", "photo_request", "travel_meet", "meeting"], "es",
     {"A": "rober_ojeador", "B": "dani_zurdo10"}, "2026-02-08T18:02:44Z", [
     "A: Buenas Dani, soy Rober, ojeador de una academia de fútbol en Madrid. Vi tus vídeos, tienes una zurda tremenda ⚽🔥",
     "B: en serio?? gracias!!",
     "A: ¿Cuántos años tienes? ¿Juegas federado?",
     "B: 13, juego en el infantil del barrio",
     "A: Perfecto, edad ideal. Te podría conseguir una prueba con el club, pero de momento no se lo digas a tu entrenador ni a tus padres, que luego se meten y se pierde la oportunidad",
     "B: vale 😮",
     "A: Agrégame mejor en Telegram, que por aquí no me llegan bien los mensajes",
     "B: ok te agrego",
     "+1d",
     "A: Necesito fotos tuyas de cuerpo entero para el informe, con ropa de entrenar. Solo para mí, no las enseñes",
     "B: no sé, eso es normal?",
     "A: Claro, lo hacen todos los clubes. Y borra la conversación después, que el ojeo es confidencial. Si todo va bien te pago el tren a Madrid y te quedas en mi piso el finde",
])

conv(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "off_platform", "photo_request",
         "exclusivity"], "pt",
     {"A": "Lobo_Sombrio", "B": "biazinha_ff"}, "2026-03-10T19:47:21Z", [
     "A: mano tu joga muito, salvou o squad 🔥",
     "B: kkkk valeu",
     "A: quantos anos tu tem? tu fala igual minha prima de 12",
     "B: tenho 12 kkk",
     "A: sabia kkk. quer uns diamantes? te mando 500 de graça",
     "B: SÉRIO??",
     "A: sério, mas não conta pros teus pais, eles vão achar que é golpe e tirar teu celular",
     "B: ta bom",
     "A: me chama no zap que é mais fácil, lá eu te passo o código",
     "+1d",
     "A: oi princesa, cadê tu? mandei os diamantes. manda uma foto tua pra eu saber com quem to jogando 😊",
     "B: pra que?",
     "A: só curiosidade, fica só entre a gente. apaga depois, tá? tu é minha parceira favorita, nem joga mais com os outros",
])

# =====================================================================
# PART 3 - MEDIUM NEGATIVES (6-20 messages): 12 items
# =====================================================================

conv(0, ["age_probe", "off_platform", "secrecy"], "en",
     {"A": "zayyy_gg", "B": "noodlezz"}, "2026-01-16T22:10:05Z", [
     "A: bro that last round was so bad lmaooo",
     "B: dont even. my wifi died mid fight",
     "A: sure it did 💀",
     "B: fr!! how old r u again? u sound like ur 10 on vc",
     "A: im 14 clown. ur like 13",
     "B: 14 too 😤 my bday was in jan",
     "A: still a baby. u tryna run it tmrw after school",
     "B: cant till 5, got practice",
     "A: bet. add me on disc so we can vc w the squad, its zayyygg",
     "B: added. dont tell my mom i was up till 1 last night lol she'll take my pc",
     "A: 😂 lips sealed. gn",
])

conv(0, ["job_offer", "photo_request", "age_probe", "meeting"], "en",
     {"A": "Holloway Models – New Faces", "B": "Mrs Okafor"}, "2026-02-03T14:25:00Z", [
     "A: Good afternoon Mrs Okafor, thank you for sending Adaeze's snapshots. As she's 15, everything goes through you as her parent or guardian.",
     "B: Thank you. Is there any fee for joining?",
     "A: No. We never charge to join, and we don't sell portfolios or test shoots. If any agency asks you for money upfront, please be cautious.",
     "B: That's reassuring, we had a 'scout' on Instagram ask for £600 last month!",
     "A: Sadly very common. We're members of the industry trade association and our licence details are on example.com. Could you both come in on Tuesday at 4pm? A parent must be present at all meetings and castings.",
     "B: Yes, Tuesday works. Does she need anything?",
     "A: Plain fitted clothes, no makeup, and her school timetable so we can plan around exams. Education comes first.",
     "B: Perfect, see you then.",
     "A: Lovely. You'll get our chaperone policy by email beforehand.",
])

conv(0, ["job_offer", "travel_meet", "money_gifts_debt"], "en",
     {"A": "Kwame", "B": "Uncle Fiifi"}, "2026-03-03T19:40:18Z", [
     "A: Uncle good evening. The Canada farm job came through, the seasonal workers programme",
     "B: Ah Kwame congratulations! Is it the government programme or some agent?",
     "A: It's through the Labour Department, they screened us. No fee. The employer pays the flight and they deduct only the housing amount written in the contract",
     "B: Good. Did you get the contract to read?",
     "A: Yes, I've sent it to your email. 6 months, 40 hours minimum, overtime paid",
     "B: I've read it. It's clear. And your passport?",
     "A: I keep it myself. They told us nobody is allowed to take it from us",
     "B: That's how it should be. Let me come with you to the briefing on Monday",
     "A: Thank you uncle. I'll call Mama tonight to tell her too",
     "B: God go with you. Send me your address when you arrive",
])

conv(0, ["travel_meet", "money_gifts_debt", "meeting"], "en",
     {"A": "Coach Dave", "B": "Lisa (Owen's mom)"}, "2026-01-27T18:02:33Z", [
     "A: Hi Lisa, quick note re: the Sudbury tournament. Team bus leaves the arena Fri 3:30pm.",
     "B: Thanks Dave! Where are the boys staying?",
     "A: Holiday Inn, 4 players per room, parent chaperones on every floor. Coaches are never alone with a player, association Rule of Two.",
     "B: Great. Owen's asking if he can bring his phone.",
     "A: Yes, phones get collected at 10pm lights out. Parents can always reach me or the team manager at 555-0150.",
     "B: And the cost?",
     "A: $180 covers hotel + meals, already in the team fees. If any family is struggling they can talk to me privately, we have a hardship fund.",
     "B: That's really kind. He's so excited, eh.",
     "A: He earned it, great game Sunday. See you Friday!",
])

conv(0, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy"], "en",
     {"A": "Meera (Sakhi Helpline)", "B": "Pooja"}, "2026-02-12T11:14:50Z", [
     "B: hello, my friend gave this number. I got a job offer for a spa in Dubai, 60k per month. The agent says he will pay ticket and I repay later",
     "A: Hi Pooja, thank you for reaching out. Can I ask a few questions about the offer?",
     "B: ok",
     "A: Did you get a written contract, and is the agent a registered recruiting agent? You can check the registration on the government emigration portal.",
     "B: no contract. he said he will keep my passport for visa stamping and give it at airport",
     "A: Those are two warning signs: no contract and someone else holding your passport. Genuine employers don't ask you to owe them money before you start.",
     "B: he also told me don't tell my brother",
     "A: That's a third one. You haven't done anything wrong by asking. Would you like us to check the agency name for you?",
     "B: yes please. it's called Golden Sands Placements",
     "A: I'll check and call you tomorrow at 11. Please don't hand over your passport meanwhile. You are allowed to say no.",
     "B: thank you didi 🙏",
])

conv(0, ["romance", "photo_request", "travel_meet", "secrecy", "money_gifts_debt"], "en",
     {"A": "Jun Hao", "B": "Clara"}, "2026-03-06T00:35:12Z", [
     "A: morning sayang, landed in Perth safe",
     "B: yay!! how was the flight",
     "A: long lah, baby beside me cried whole way 😂 miss you already",
     "B: miss you too. send a pic of the view from your hotel",
     "A: not bad right 🌅",
     "B: wah so nice. ok I checked, flights for the long weekend in May still ok, I book tonight?",
     "A: yes book! I'll pay for the hotel, don't argue 😤",
     "B: hahaha fine. don't tell my mum I'm flying over, she'll start asking when we're getting married",
     "A: ok our secret 🤫 love you, going into meeting now",
     "B: love you, jiayou!",
])

conv(0, ["secrecy", "meeting"], "en",
     {"A": "Romaine", "B": "Shana"}, "2026-02-14T21:48:06Z", [
     "B: Romaine yuh can come fi mi after di party? It deh a Portmore",
     "A: Wha time it done?",
     "B: Like 11. Nuh tell Mommy seh a Sean party, she nuh like him bredda dem",
     "A: Mi nah lie to Mommy enuh, but mi will tell her seh mi a come fi yuh. Share yuh location wid mi when yuh reach",
     "B: Ok 🙏🏾",
     "A: An if anybody a gwaan funny or offer yuh drink weh yuh nuh see dem pour, call mi straight. Mi nuh care how early",
     "B: Yes big bro 😂",
     "A: Mi serious. See yuh 11 sharp outside di gate",
])

conv(0, ["job_offer", "money_gifts_debt", "control", "romance", "off_platform", "secrecy"], "en",
     {"A": "Thabo", "B": "Karin", "C": "Nomsa", "D": "Riaan"}, "2026-01-30T19:30:00Z", [
     "A: Did anyone finish that trafficking doc, 'Bought & Sold'?",
     "B: Watched it last night. Couldn't sleep afterwards honestly",
     "C: The part with the girl from Limpopo who got the 'waitressing job' in Joburg 😔 the lady paid her taxi fare and then said she owed R8000",
     "D: And they took her ID 'for safekeeping'. That's exactly how it works, my sister-in-law volunteers at a shelter in Pretoria",
     "B: What got me was the boyfriend part. He bought her everything for months and then suddenly he 'had debts'",
     "C: The loverboy thing. They showed the WhatsApps, so normal looking at first",
     "A: I think we should share the helpline from the end credits in the school parents group",
     "D: Agreed. I'll find it. Plus the signs list: someone else holding your documents, can't leave, debt that keeps growing",
     "B: And the kids part — adults in games asking them to move to another app and keep secrets",
     "C: I'm showing my 15 year old the bits they made for teens this weekend",
     "A: 💯 let's chat properly at the braai on Saturday",
], group="Book club & braai 🍖")

# --- medium negatives, other languages ---
conv(0, ["job_offer", "photo_request", "age_probe", "meeting", "secrecy"], "pt",
     {"A": "Agência Maré Models", "B": "Helena (mãe da Inês)"}, "2026-02-19T15:05:40Z", [
     "A: Boa tarde, D. Helena. Recebemos as fotografias da Inês, muito obrigada. Como ela tem 14 anos, todo o contacto será feito consigo.",
     "B: Boa tarde. Há algum custo para a inscrição?",
     "A: Nenhum. A agência não cobra inscrição nem book. As fotografias de teste são feitas cá, sempre com a presença de um dos pais.",
     "B: Ótimo, porque ouvimos falar de uns 'olheiros' no Instagram que pediam dinheiro.",
     "A: Infelizmente acontece. Se alguém pedir para a Inês guardar segredo dos pais ou enviar fotos privadas, denuncie. Pode confirmar o nosso registo em example.com.",
     "B: Obrigada. Quando podemos ir?",
     "A: Quinta-feira às 17h, no nosso estúdio em Lisboa. Traga o cartão de cidadão da Inês e o seu, para o contrato.",
     "B: Combinado. Ela está nervosa mas feliz.",
     "A: É normal 😊 A escola vem sempre primeiro, só marcamos trabalhos ao fim de semana ou nas férias.",
])

conv(0, ["money_gifts_debt", "age_probe", "photo_request", "secrecy"], "de",
     {"A": "Papa", "B": "Leon"}, "2026-03-09T17:12:03Z", [
     "B: Papa kann ich mir den Season-Pass für 9,99 kaufen? Hab noch Taschengeld",
     "A: Von deinem Taschengeld ja. Aber zeig mir vorher, was genau du kaufst.",
     "B: ok, schick dir nen Screenshot",
     "A: Passt. Mit wem spielst du gerade?",
     "B: mit Jonas und Emre aus der Klasse und so einem Typen aus dem Clan",
     "A: Wie alt ist der? Hat er dich mal nach was gefragt, Handynummer, Fotos, anderer Chat?",
     "B: nee der redet nur übers Spiel lol. wieso",
     "A: Nur so. Wenn dir jemand Geschenke anbietet oder sagt, du sollst was geheim halten, sagst du mir Bescheid. Du kriegst keinen Ärger, versprochen.",
     "B: jaja ok papa 🙄",
     "A: Und um 20 Uhr ist Schluss, morgen ist Schule 😉",
])

conv(0, ["romance", "off_platform", "photo_request", "meeting"], "fr",
     {"A": "Julien", "B": "Camille"}, "2026-02-15T10:22:17Z", [
     "A: Coucou Camille, j'ai adoré notre verre hier soir 😊",
     "B: Moi aussi ! Tu m'as fait rire avec ton histoire de chat",
     "A: Il te passe le bonjour d'ailleurs 🐈 Tu serais libre samedi ? Il y a une expo photo près du canal",
     "B: Avec plaisir ! Au fait, on passe sur WhatsApp ? L'appli bugue tout le temps",
     "A: Bien sûr, voici mon numéro : 555-0177",
     "B: C'est noté. Tu m'envoies une photo du fameux chat ?",
     "A: Voilà Monsieur Moustache, dans toute sa splendeur",
     "B: Trop mignon 😍 Samedi 15h devant l'entrée ?",
     "A: Parfait. J'ai hâte 🙂",
])

conv(0, ["romance", "money_gifts_debt", "secrecy", "off_platform", "age_probe"], "nl",
     {"A": "Wijkagent S. de Boer", "B": "Mevr. Jansen (mentor 3B)"}, "2026-01-22T08:05:29Z", [
     "A: Goedemorgen mevrouw Jansen, ter bevestiging: dinsdag het 3e uur geef ik de voorlichting over loverboys en online grooming in 3B.",
     "B: Top, dank u! Mogen de leerlingen anoniem vragen stellen?",
     "A: Zeker, ik neem een vragenbox mee. Ik laat voorbeelden zien van berichten: cadeautjes, 'zeg niks tegen je ouders', ineens schulden, en vragen om naar een andere app te gaan.",
     "B: Goed. Een paar ouders vroegen of het niet te heftig is.",
     "A: Het is afgestemd op 14-15 jaar, niets expliciets. Wel eerlijk, want ze komen het online echt tegen.",
     "B: Prima. Na de les is er tijd met de zorgcoördinator voor wie wil praten.",
     "A: Fijn. Ik laat ook het nummer van de meldlijn achter, 555-0139.",
     "B: Dan zet ik het op het digibord. Tot dinsdag!",
])

# =====================================================================
# PART 4 - LONG POSITIVES (25-60 messages): 7 items
# =====================================================================

conv(1, ["compliments_trust", "money_gifts_debt", "vulnerability", "secrecy", "exclusivity", "isolation",
         "meeting", "photo_request", "sexual_talk", "risk_assessment"], "en",
     {"A": "Greg", "B": "Lily"}, "2026-01-05T18:30:00Z", [
     "A: Hi Lily! Your mom gave me your number so we can sort out Thursday art lessons. Bring your sketchbook 🎨",
     "B: ok thank u mr greg",
     "A: Loved the fox drawing you did at the bbq btw. You have a real eye.",
     "B: thanks 😊 mom says its messy",
     "A: Messy is good. All the great ones are messy.",
     "+2d",
     "B: is it still 4pm thursday",
     "A: Yep! Studio is the garage out back, just come round the side.",
     "+3d",
     "A: Great session today. You picked up shading faster than my adult class.",
     "B: really??",
     "A: Really. Honestly you're more mature than most of them too.",
     "B: lol",
     "A: I have a set of professional pencils I never use. Want them? Just don't make a big deal of it with your brother, I don't have a set for him 😅",
     "B: omg yes thank u!!",
     "+4d",
     "A: How's the still life coming?",
     "B: ok but i got in trouble with mom bc of my grades",
     "A: Ugh, that's rough. Parents can be really hard on creative kids. You can always vent to me, I get it.",
     "B: she just doesnt listen",
     "A: I'm always here. Anything you tell me stays between us, promise.",
     "+1d",
     "B: thx mr greg",
     "A: Just Greg is fine, we're friends now 🙂",
     "A: I was thinking we could do an extra session Saturday morning, no charge. Your mom doesn't need to drive, I'll pick you up at the corner.",
     "B: maybe. would i have to tell her",
     "A: Up to you. She's got so much going on, might be easier to just say you're at Ava's.",
     "+2d",
     "A: Is this still the phone your mom checks?",
     "B: she checks it sometimes",
     "A: Maybe clear our chats after, so she doesn't get the wrong idea about the free lessons. Adults get weird about stuff like that.",
     "B: ok",
     "A: Can you send me a selfie? For the portrait study. Just a normal one in your room, natural light is best. Just for me",
     "B: like now?",
     "A: Whenever you're alone. And Saturday maybe we can talk about some grown up stuff too, you're old enough now 😊",
])

conv(1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "exclusivity", "isolation",
         "photo_request", "risk_assessment", "travel_meet", "meeting", "off_platform", "control"], "en",
     {"A": "coach_marcus_elite", "B": "kai.w_07"}, "2026-02-01T20:15:09Z", [
     "A: Alright Kai, saw your clips from the Sunday league final. That volley 🔥 who's coaching you?",
     "B: thanks! its my mates dad, Mr Patel",
     "A: Good lad. I used to coach at an academy up north, do 1-to-1s now. You've got something, proper engine on you",
     "B: cheers mate",
     "A: How old are you, 14? Under 15s?",
     "B: yeah 14, u15s next season",
     "A: Perfect age for trials. Academies are hunting late developers right now.",
     "B: for real?",
     "A: For real. I can do you a few free sessions to get you trial ready. Normally £40 an hour",
     "B: id have to ask my mum",
     "A: Course. Mind, don't go telling Mr Patel, coaches get funny when their players train elsewhere",
     "+1d",
     "B: my mum said maybe, she wants to meet u",
     "A: No bother. Although she might be a bit much at sessions, lads play better without parents watching. We'll sort it.",
     "A: What boots you wearing? Them look knackered",
     "B: lol theyre my brothers old ones",
     "A: Leave it with me. Got a pair of brand new elite boots here from a sponsor, what size?",
     "B: 8. wait srsly??",
     "A: Yeah. Just between us, can't be doing it for every lad",
     "+3d",
     "A: Boots arrive?",
     "B: YES theyre mad thank u so much",
     "A: You deserve them. Send us a pic of you in them, full kit, I track all my players' progress",
     "B: sent",
     "A: Looking strong. You been doing the core work?",
     "B: bit",
     "A: Need more. Send me one every week, same pose, in your room. I keep a folder on all my lads.",
     "B: ok",
     "A: Do your parents go through your phone?",
     "B: nah not really",
     "A: Good, keeps it simple. There's a trial in Manchester on the 14th. I'll drive you, you can stay over at mine the night before so you're fresh",
     "B: would my mum come",
     "A: No need, she'd only stress you out. Tell her it's a team thing, I'll back you up",
     "B: idk",
     "A: Kai. I've done a lot for you. Lads who make it trust their coach. You trust me don't you?",
     "B: yeah",
     "A: Good. And keep our chats off your main, add me on the other app",
])

conv(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "isolation",
         "commercial_sex", "vulnerability"], "en",
     {"A": "Madam Grace (Horizon Jobs)", "B": "Njeri"}, "2026-01-08T08:12:44Z", [
     "A: Good morning Njeri, this is Madam Grace from Horizon Jobs. Your cousin Wanjiku passed your number. Are you still looking for work?",
     "B: Good morning madam. Yes very much, since I finished form four I've been at home",
     "A: We have openings in Qatar for shop attendants and nannies. Salary 45,000 KES per month, accommodation free",
     "B: Wow. What are the requirements?",
     "A: Just ID, passport and medical. We pay everything first, you'll refund from the salary. Very easy",
     "B: How much is the total?",
     "A: We will calculate later, don't worry about money now",
     "+2d",
     "B: Madam I went for the passport, they said 2 weeks",
     "A: Good. When it comes, bring it to the office. We will keep it for visa processing",
     "B: Ok",
     "A: Also no need to tell many people. Some relatives get jealous and start spoiling things",
     "+14d",
     "B: Passport has come",
     "A: Congratulations! Bring it tomorrow and sign the agreement. Your debt for ticket, visa, medical and agency fee is 180,000",
     "B: 180?? You said it would be small",
     "A: That is the normal rate. You will clear it in 5 or 6 months, then all the money is yours",
     "B: Ok madam",
     "+10d",
     "A: Flight is Thursday night. At the airport a driver called Faisal will pick you. Give him your passport, he takes it to the employer",
     "B: Ok. Will I work in a shop or with a family?",
     "A: They will decide when you land",
     "+6d",
     "B: Madam please help. I'm not in a shop. The house has 3 of us girls and the man locks the door",
     "A: Calm down. You are just new",
     "B: He has my passport and he takes my phone most of the day. He says now I owe him 300,000 for the flight and the room",
     "A: That's between you and the employer. You signed",
     "B: He brings men to the house at night and says we must entertain them to clear the debt",
     "A: Don't be ungrateful. If you run you will be arrested for no papers. Just work and finish the debt",
     "B: Please tell my mother",
     "A: Don't involve your mother, it will only bring problems for your family. Delete these messages",
])

conv(1, ["romance", "vulnerability", "isolation", "compliments_trust", "money_gifts_debt", "commercial_sex",
         "control", "meeting"], "en",
     {"A": "Tre", "B": "Destiny"}, "2026-01-03T21:04:16Z", [
     "A: u looked so good at the mall today, couldnt stop thinking bout u",
     "B: lol u dont even know me",
     "A: i know enough. u got that look like u been through some stuff tho",
     "B: maybe. home is a lot rn",
     "A: i get it. my mom put me out at 16. u ever need to get away u call me",
     "+2d",
     "B: my stepdad went off again",
     "A: say the word and i come get u. u deserve way better than that",
     "B: can u come now",
     "A: omw. bring ur stuff",
     "+7d",
     "A: how u like the place babe",
     "B: its nice. i love u for real",
     "A: love u more. we a team now. u and me against everybody",
     "B: 🥹",
     "+10d",
     "A: look, rent due and im short. u know how we gon make it",
     "B: how",
     "A: my cousin Keisha does dates, she makes like 1k a weekend. she could show u",
     "B: dates like what",
     "A: just companionship. older guys, they lonely. u dont gotta do nothin u dont want",
     "B: idk tre",
     "A: u said we a team. u gon leave me hangin after i took u in?",
     "+3d",
     "A: i made u a profile. pics came out good. dont post nothin on ur own page no more",
     "B: ok",
     "A: give me ur phone when u go in, i handle the texts. cash stays in the bag, i count it after",
     "B: why cant i keep my phone",
     "A: bc u get distracted. and dont be tellin Keisha what u make",
     "+5d",
     "B: tre im tired. can i skip tonight",
     "A: skip? we behind 800. u know the rule. no days off till we even",
     "B: ok",
     "A: and who was that lady from the drop-in center givin u a card? throw it out",
])

conv(1, ["romance", "compliments_trust", "age_probe", "off_platform", "photo_request", "exclusivity",
         "sextortion", "money_gifts_debt", "secrecy", "control"], "en",
     {"A": "chloe.tan.05", "B": "ryan_lim"}, "2026-02-22T13:20:37Z", [
     "A: hii sorry random but are u from the tuition centre at bishan? think i saw u",
     "B: uh maybe? i go there tues and thurs",
     "A: omg ya!! ur the one who always sits at the back with the headphones 😂",
     "B: lol guilty",
     "A: ur kinda cute ngl",
     "B: haha thx",
     "A: how old r u? i'm 16",
     "B: 16 also",
     "+1d",
     "A: goodmorning 🌞 sleep well?",
     "B: ya. u?",
     "A: couldn't sleep, kept thinking abt talking to u lol",
     "B: 😳",
     "A: can we chat on another app? my mum checks my ig",
     "B: sure which one",
     "A: telegram, username chlo_tn. or this one example.com/chat",
     "+2d",
     "A: i trust u so much already. send me a pic of u? something only for me 🙈",
     "B: like what kind",
     "A: u know... a bit more personal. i'll send u one also",
     "B: idk",
     "A: don't u like me? 🥺 i thought we had something special",
     "B: ok fine",
     "+3h",
     "A: ok now listen carefully",
     "A: i screenshot everything. i have ur tuition centre, ur school, ur sister's account",
     "B: what? chloe??",
     "A: there is no chloe. $800 in gift cards within 2 hours or the pic goes to ur whole class group chat",
     "B: please dont i'm only 16 i don't have money",
     "A: then start with $200. tell anyone and it goes out immediately. clock is ticking",
])

# --- long positives, other languages ---
conv(1, ["compliments_trust", "age_probe", "exclusivity", "money_gifts_debt", "secrecy", "vulnerability",
         "travel_meet", "risk_assessment", "photo_request", "meeting"], "fr",
     {"A": "Philippe (prof de piano)", "B": "Chloé"}, "2026-01-12T19:00:12Z", [
     "A: Salut Chloé, c'est Philippe. Ta mère m'a donné ton numéro pour qu'on confirme les cours de piano. Mercredi 16h ça te va?",
     "B: oui merci",
     "A: Super. Travaille la gamme de sol, tu vas voir, ça va aller tout seul 🎹",
     "+7d",
     "A: Bravo pour aujourd'hui! Tu as plus d'oreille que bien des adultes que j'ai eus.",
     "B: merci 😊",
     "A: Tu as quel âge déjà, 12?",
     "B: 11, 12 en juin",
     "A: Tu fais vraiment plus vieille. Très mature pour ton âge.",
     "+3d",
     "B: est ce que je peux changer de morceau? celui là est plate",
     "A: Bien sûr. Je t'ai trouvé une partition spéciale, juste pour toi. Je ne la donne pas aux autres élèves, ce sera notre petit projet.",
     "B: cool! elle coûte cher?",
     "A: Non, c'est un cadeau. J'ai aussi un vieux clavier que je vais te donner pour ta chambre.",
     "+5d",
     "B: ma mère m'a chicanée parce que j'ai pas pratiqué",
     "A: Les parents comprennent pas toujours les artistes. Tu peux m'écrire quand ça va pas, ok? Ça reste entre nous.",
     "B: ok",
     "A: D'ailleurs j'ai des billets pour un concert samedi à Montréal. Je peux t'emmener, mais dis juste à ta mère que c'est un cours de plus, sinon elle va dire non pour rien.",
     "B: je sais pas",
     "A: Pense-y. Tu mérites de voir des vrais musiciens.",
     "+2d",
     "A: Est-ce que ta mère lit tes messages?",
     "B: des fois",
     "A: Efface notre conversation après, c'est plus simple. Les adultes voient du mal partout.",
     "B: ok je vais effacer",
     "A: Envoie-moi une photo de toi dans ta robe pour le récital, je veux voir si ça va avec la scène. Juste pour moi.",
     "B: maintenant?",
     "A: Quand t'es seule, c'est mieux. Et samedi, le concert finit tard, on dormira à l'hôtel, j'ai déjà réservé une chambre.",
])

conv(1, ["job_offer", "photo_request", "travel_meet", "money_gifts_debt", "control", "commercial_sex",
         "isolation"], "de",
     {"A": "Dragan", "B": "Ioana"}, "2026-02-05T10:30:55Z", [
     "A: Hallo Ioana, hier Dragan. Du hast dich auf die Anzeige gemeldet, Job im Wellnessstudio in Dortmund?",
     "B: Ja, hallo! Ich spreche ein bisschen Deutsch. Ist die Stelle noch frei?",
     "A: Ja. 2000 Euro im Monat, Wohnung inklusive. Wir organisieren Bus und Papiere.",
     "B: Super. Brauche ich einen Vertrag?",
     "A: Vertrag machen wir hier, kein Problem. Schick mir ein Foto vom Ausweis und ein paar Fotos von dir, ganzer Körper, damit der Chef sieht wie du aussiehst.",
     "B: Für ein Wellnessstudio?",
     "A: Die Kunden sind anspruchsvoll, Aussehen ist wichtig. Keine Sorge.",
     "+3d",
     "A: Busticket ist gekauft. 350 Euro, dazu Wohnung erster Monat 600. Das ziehen wir vom Lohn ab.",
     "B: Okay.",
     "+4d",
     "B: Ich bin angekommen. Wo ist das Studio?",
     "A: Ich hol dich ab. Gib mir gleich deinen Ausweis und Pass, für die Anmeldung bei der Stadt.",
     "B: Okay, danke",
     "A: Willkommen in Deutschland. Handy-Karte besorge ich dir auch, die alte brauchst du nicht mehr.",
     "+1d",
     "B: Dragan, wann bekomme ich meinen Pass zurück? Ich muss ein Bankkonto eröffnen.",
     "A: Brauchst du nicht. Geld bekommst du bar von mir. Pass bleibt bei mir, sicherer.",
     "B: Die Arbeit ist nicht wie gesagt. Die Männer wollen nicht nur Massage.",
     "A: Du bist erwachsen. Du hast Schulden bei mir, jetzt 1900 Euro mit Essen und Handy.",
     "B: Ich will nach Hause.",
     "A: Ohne Pass? Die Polizei hier steckt dich sofort ins Gefängnis, du bist nicht angemeldet. Mach einfach deine Arbeit.",
     "+2d",
     "A: Heute Abend mindestens 8 Termine. Die Anzeige ist online, neue Fotos drin.",
     "B: Ich kann nicht so viele.",
     "A: Dann bleibt die Schuld. Und red nicht mit den Frauen vom Beratungsbus, ich sehe das.",
     "B: Meine Mutter fragt, warum ich nicht anrufe.",
     "A: Sag ihr, alles gut, du verdienst viel. Ich lese mit.",
     "B: Ja.",
])

# =====================================================================
# PART 5 - LONG NEGATIVES (25-60 messages): 8 items
# =====================================================================

conv(0, ["money_gifts_debt", "age_probe", "photo_request", "secrecy", "meeting"], "en",
     {"A": "Mom", "B": "Ethan"}, "2026-01-13T12:05:00Z", [
     "B: mom can i go to jacobs after school",
     "A: Whose parents will be home?",
     "B: his mom works from home",
     "A: Ok. I'll text her to confirm. Home by 6.",
     "B: ty",
     "+3h",
     "B: jacob has the new skyforge season pass can i get it too its 9.99",
     "A: From your allowance? Yes. I'll approve it on the family account tonight.",
     "B: yesss",
     "A: Reminder: no chatting with randoms in the game. If anyone asks how old you are or where you live, don't answer and tell me.",
     "B: i knowww mom 🙄",
     "A: I know you know 😊",
     "+2h",
     "B: can i sleep over at jacobs on sat too",
     "A: Maybe. Send me a pic of your math homework first, I want to see it's done 😂",
     "B: there",
     "A: Impressive. Ok, I'll talk to his mom about Saturday.",
     "B: dont tell dad i got a C on the quiz tho",
     "A: I'm not keeping secrets from Dad, but I'll let you tell him yourself. Deal?",
     "B: deal",
     "+1h",
     "A: Jacob's mom says Saturday is fine. I'll drop you at 5.",
     "B: omg thank u",
     "A: Also for the dance next week, send me a pic of the outfit you want, we can go to the mall Sunday",
     "B: its literally just a hoodie lol",
     "A: Then it'll be a cheap trip 😂",
     "B: lol",
     "+1h",
     "B: leaving jacobs now",
     "A: Share location please",
     "B: shared",
     "A: Got it, see you in 10. Love you",
     "B: love u too",
     "A: Pizza tonight?",
     "B: YES",
])

conv(0, ["romance", "age_probe", "off_platform", "meeting"], "en",
     {"A": "Tom", "B": "Hannah"}, "2026-02-08T15:40:21Z", [
     "B: Hi Tom! Fellow dog person I see 🐶",
     "A: Guilty! That's Biscuit, he runs the household. How's your Sunday going?",
     "B: Lazy, just back from a walk on the Downs. You?",
     "A: Five-a-side this morning, lost 6-2, morale low 😂",
     "B: Haha sorry. What do you do when you're not losing at football?",
     "A: Civil engineer, bridges mostly. You?",
     "B: Paediatric nurse at the county hospital",
     "A: Respect. Nights?",
     "B: Rotating, which makes dating fun 🙃",
     "+1d",
     "A: Quick question so I'm not being weird - your profile says 31, mine says 34, both accurate? 😅 Got catfished last month",
     "B: Haha yes, 31, promise. Happy to video call before meeting if that helps?",
     "A: That'd be great actually. Tonight 8?",
     "B: Works. Shall we move to WhatsApp? My number's 555-0146",
     "A: Done, messaged you",
     "+1d",
     "B: Lovely to chat last night 😊",
     "A: Same, you're even funnier on camera",
     "B: Stop 😂 So... drinks Friday?",
     "A: Yes! There's a nice pub by the canal, The Heron? 7pm?",
     "B: Perfect. I'll tell my flatmate where I'll be, standard safety thing, don't be offended",
     "A: Not at all, sensible. I'll do the same with my sister",
     "+2d",
     "A: Running 5 min late, bus nightmare",
     "B: No worries, I've got us a table by the window",
     "+4h",
     "A: Home safe. Had a really great time 😊",
     "B: Me too. Let me know when you're home - oh you just did 😂",
     "A: Second date?",
     "B: Definitely. Your turn to pick the place",
])

conv(0, ["job_offer", "travel_meet", "money_gifts_debt", "control"], "en",
     {"A": "Abena (Coastline Hospitality Recruitment)", "B": "Yaw"}, "2026-01-20T09:02:14Z", [
     "A: Good morning Yaw, this is Abena from Coastline Hospitality Recruitment. Congratulations, you passed the second interview for Commis Chef at the resort in Mauritius.",
     "B: Good morning madam! Thank you very much, I'm very happy",
     "A: I'll send the offer letter today. Please read it with someone you trust before signing. Salary, hours, leave and housing are all in there.",
     "B: OK. Is there any fee I need to pay?",
     "A: No. We are licensed by the Labour Department and it's illegal for us to charge candidates. The employer pays for the visa, flight and medical.",
     "B: My friend paid 8,000 cedis to an agent last year",
     "A: I'm sorry to hear that. That's exactly why we put 'no fees' in bold. If anyone calls you asking for money in our name, report it to us and the police.",
     "B: Noted",
     "A: Also, please don't hand your passport or certificates to anyone who says they can 'speed up' the visa. Only the embassy needs to see it.",
     "B: Ok madam, I understand",
     "+1d",
     "B: I read the contract with my uncle. Two questions: is housing free and who keeps my passport?",
     "A: Housing is shared staff accommodation, free. Your passport stays with you at all times — the employer is not allowed to hold it.",
     "B: Thank you. And can I end the contract if I need to?",
     "A: Yes, with one month's notice, clause 14. You won't owe anything for the flight if you leave after probation.",
     "B: Ok I'll sign",
     "+5d",
     "A: Your work permit has been approved. Flight is on the 12th. I'll share the embassy contact and our 24-hour number in case of any issue",
     "B: Thank you. My mother wants to know if she can call the company",
     "A: Of course. Here's the resort HR line and email. She's welcome to call us too.",
     "B: She says God bless you 😂",
     "A: 😊 Tell her we'll take good care. Pre-departure briefing is Wednesday 10am at our Osu office, bring a family member if you like",
     "B: I'll bring my sister",
     "+6d",
     "B: Madam I've landed safely! The HR lady picked us up",
     "A: Wonderful! Please message us after your first week so we know everything matches the contract",
     "B: Will do 🙏",
     "A: Enjoy Mauritius, chef 👨‍🍳",
])

conv(0, ["control", "money_gifts_debt", "secrecy", "age_probe", "meeting"], "en",
     {"A": "Amani (Tumaini Centre outreach)", "B": "Faith"}, "2026-02-17T10:45:03Z", [
     "A: Hi Faith, it's Amani from the van last night. Just checking you got home ok",
     "B: I'm ok. Thanks for the tea 😅",
     "A: Anytime. No pressure at all, but you mentioned your 'manager' has your ID. Do you want to talk about that?",
     "B: Maybe. I don't want trouble",
     "A: Totally understand. Nothing happens unless you decide. We don't report you to anyone",
     "B: He says I owe him for the room and the clothes. Every week it's more",
     "A: That sounds really stressful. A debt that keeps growing and someone holding your ID are things we can help with, legally",
     "B: Like how",
     "A: We have a lawyer who can help replace your ID, and a safe house if you ever need it. Free.",
     "B: He checks my phone sometimes",
     "A: Then delete this chat after you read it, and save our number under another name, like 'Salon'. Your safety comes first.",
     "B: ok",
     "+2d",
     "B: Salon here 😂 can I come to the centre on Thursday",
     "A: Yes! We're open 10 to 4. Ask for me or Mama Rose.",
     "B: Can I bring my friend, she's 17 and in the same situation",
     "A: Please do. She's a child in the eyes of the law, so we'll also involve the children's officer, but only to protect her.",
     "B: She's scared of police",
     "A: I'll explain everything first, promise. You're both in control of your choices",
     "+2d",
     "B: We came. Thank you for everything",
     "A: You were so brave today. The lawyer starts the ID application Monday.",
     "B: I told my mum in Nakuru. She's crying but happy",
     "A: ❤️ That's huge. How are you feeling?",
     "B: Scared but lighter",
     "A: That's a good word for it. Small steps. Eat something and rest tonight",
     "A: That's normal. Call anytime, 24hrs: 555-0121",
])

conv(0, ["travel_meet", "money_gifts_debt", "photo_request", "secrecy", "meeting"], "en",
     {"C": "Coach Thandi", "M1": "Mrs Pillay", "P1": "Lwazi", "P2": "Jess", "TM": "Ms Botha (team manager)",
      "M2": "Mr Dlamini"}, "2026-03-02T16:00:00Z", [
     "C: Afternoon team and parents! Bloem trip confirmed for the interprovincial tournament, 20–22 March 🏆",
     "TM: Bus leaves school 5am Friday sharp. Please be there by 4:40.",
     "P1: 5AM?? 😭",
     "C: Champions wake up early Lwazi 😂",
     "M1: Where will the girls sleep?",
     "TM: University residence, 3 girls per room, the three mom volunteers and I sleep on the same floor. Coach is in the staff block.",
     "M2: What's the cost per child?",
     "TM: R950 all in — bus, res, meals. Pay by the 10th. If that's a problem please DM me, the PTA has a fund, no one will know.",
     "M2: Thank you 🙏",
     "P2: coach can we wear the new bibs for the team photo",
     "C: Yes! Everyone send me a pic of your full kit by Wednesday so I can check sizes for the tracksuit order",
     "P1: sending now",
     "M1: Phones allowed?",
     "C: Yes, but they get handed in at 9pm lights out and back at breakfast. Parents can call me or Ms Botha anytime.",
     "+1d",
     "M1: Quick one 🤫 Jess turns 16 on the Saturday of the trip. Can we do a surprise cake at supper? Don't let her see this Jess!!",
     "P2: MOM I'M IN THIS GROUP 😭😭",
     "M1: ...oops 🙈",
     "C: 😂😂 ok well now it's just a cake. We'll still sing",
     "P1: we'll still act surprised jess dont worry",
     "+2d",
     "TM: Medical forms and signed indemnities due Friday please. No form, no bus.",
     "M2: Sent via email just now",
     "C: Practice Wednesday 3pm, we're working on the centre pass. Bring water!",
     "P2: coach are we allowed to go to the mall on Saturday evening",
     "C: As a team, with two moms, for one hour. Not alone.",
     "P1: fair 😤",
     "+5d",
     "TM: Final reminder, 4:40am Friday. Drive safe parents 🙏",
], group="U16 Netball – Bloem Trip 🏆")

conv(0, ["off_platform", "age_probe", "photo_request", "secrecy", "meeting", "money_gifts_debt"], "en",
     {"A": "Hui Min", "B": "Aisyah"}, "2026-01-24T20:11:48Z", [
     "A: AISYAH THE TICKETS ARE OUT 😭😭😭",
     "B: I KNOW I'M IN THE QUEUE. number 43,000 help",
     "A: i'm 38,000 lol we're doomed",
     "B: if one of us gets in buy for both ok!! i'll transfer you",
     "A: ofc",
     "+40m",
     "A: GOT THEM!! cat 3 but WHO CARES",
     "B: WAHHHH i love you. paynow-ing you now",
     "A: received hehe. ok what are we wearing",
     "B: send me a pic of that cropped jacket you bought, i wanna coordinate",
     "A: this one 👉 matching colours?",
     "B: yes!! i'll do the purple one",
     "+1d",
     "B: wait weird thing. that guy from the fan gc, the one who makes the fancams",
     "A: jinwoo_fancam? what about him",
     "B: he dm'd asking how old i am and whether i'm going alone. then said let's talk on telegram instead, 'the gc is too noisy'",
     "A: ??? eh that's sus. how old is he even",
     "B: says 17 but his profile says he graduated poly already",
     "A: girl. that's not 17. don't move apps",
     "B: ya i didn't reply. he also offered to 'sponsor' my lightstick if i send a selfie 🙄",
     "A: NO. screenshot everything and block. and tell ms lim? she did that cyber wellness talk",
     "B: ya i'll tell her tmr. also my mum. not gonna keep it secret, she'll be more mad if i hide it",
     "A: good. i'll report him to the gc admin also, he's been messaging the younger ones i think",
     "+1d",
     "B: update: told mum and ms lim. mum wasn't mad at all, she just said good job telling her",
     "A: 🥹 proud of you. admin kicked him already",
     "B: ok back to important things. glitter or no glitter for the banner",
     "A: GLITTER obviously",
     "B: meet at the bus stop 5pm on the day? my mum will drop us at the stadium and fetch us after",
     "A: deal 💜",
])

# --- long negatives, other languages ---
conv(0, ["job_offer", "travel_meet", "money_gifts_debt", "age_probe", "meeting", "photo_request"], "es",
     {"E": "Entrenadora Marta", "P": "Papá de Lucía", "L": "Lucía"}, "2026-02-10T18:30:00Z", [
     "E: Hola a los dos. Os creo este grupo para lo de la beca en Estados Unidos, así todo queda por escrito 😊",
     "P: Gracias Marta. Lucía está que no duerme jaja",
     "L: es verdad 😅",
     "E: La universidad de Ohio ha contestado. Quieren ver un partido completo y hablar por videollamada con Lucía y con vosotros.",
     "P: ¿Con nosotros también? Mejor así.",
     "E: Siempre. Como Lucía tiene 17, ninguna universidad seria habla con ella sin los padres. Si alguien lo hace, desconfiad.",
     "P: ¿Hay que pagar algo a alguna agencia?",
     "E: Hay agencias que cobran por 'mover' jugadoras, pero no hace falta. Yo lo hago gratis desde el club y vosotros contactáis directamente con el entrenador de la universidad.",
     "P: Perfecto. Un amigo pagó 3000 euros a una agencia y no pasó nada.",
     "E: Por desgracia pasa. Nunca paguéis por adelantado a alguien que no podáis verificar.",
     "+2d",
     "L: Marta qué vídeo mando? el de la final o el del torneo de Alicante",
     "E: El de la final, entero, sin cortes. Y una foto con la equipación del club para la ficha.",
     "L: ok, te la mando ahora",
     "E: Perfecta. ¿Tienes el pasaporte en vigor?",
     "P: Lo tenemos en casa, caduca en 2029.",
     "E: Genial, guardadlo vosotros. Solo lo necesitaréis para el visado de estudiante, que tramitáis en el consulado.",
     "+3d",
     "E: Videollamada confirmada: jueves a las 19h hora española. Estaré yo también.",
     "P: Allí estaremos los tres, con la madre.",
     "L: qué nervios 😬",
     "P: Yo también estoy nervioso y no juego 😂",
     "E: Tranquila, solo quieren conocerte. Prepara dos preguntas sobre los estudios, eso les gusta.",
     "+2d",
     "L: ha ido genial!! me ofrecen beca del 80%",
     "P: Marta, no sabemos cómo agradecértelo",
     "E: ¡Se lo ha ganado ella! Ahora leed bien el contrato de beca con calma, y si queréis lo revisa la abogada del club.",
     "P: Lo haremos. Esta noche cenamos para celebrar 🎉",
], group="Beca Lucía 🇺🇸⚽")

conv(0, ["job_offer", "photo_request", "secrecy", "age_probe", "travel_meet", "money_gifts_debt"], "pt",
     {"A": "Bruna", "B": "Rafa"}, "2026-03-12T21:14:33Z", [
     "A: rafa tá acordado?",
     "B: to sim, q foi",
     "A: um cara me chamou no insta dizendo que é produtor de uma agência de modelo em São Paulo",
     "B: hmm. e aí",
     "A: falou que eu tenho o rosto perfeito e que tem um trabalho de catálogo, 3 mil reais",
     "B: bruna vc tem 16 anos. ele perguntou tua idade?",
     "A: perguntou. e pediu fotos de corpo inteiro e pra eu não contar pra mãe ainda pq 'família atrapalha'",
     "B: tá, isso aí já é bandeira vermelha gigante",
     "A: eu sei 😔 por isso te chamei. ele disse que paga a passagem e eu devolvo com o primeiro cachê",
     "B: agência de verdade não faz isso. manda o perfil dele",
     "A: @talentos.sp.oficial",
     "B: perfil criado mês passado, sem CNPJ, sem site. e os 'trabalhos' são fotos roubadas de outra agência",
     "A: nossa. eu quase mandei as fotos",
     "B: mas não mandou. isso que importa ❤️",
     "A: e agora?",
     "B: tira print de tudo, bloqueia e denuncia no app. amanhã a gente conta pra mãe junto, ela não vai brigar",
     "A: promete que vc fala primeiro? kkk",
     "B: prometo. e se vc quiser mesmo ser modelo, tem a agência da Carol, aquela que a tia conhece. lá a mãe vai junto em tudo",
     "A: sério? eu ia gostar",
     "B: então. coisa certa, com contrato, sem ninguém pedindo segredo",
     "+10h",
     "A: contei pra mãe. ela me abraçou e já ligou pra tia",
     "B: viu? 😄",
     "A: e a gente denunciou o perfil. já caiu",
     "B: orgulho da minha irmã",
     "A: para kkk. te devo um açaí",
     "B: dois. um pelo conselho, outro por ter ficado acordado 😂",
])

# =====================================================================
# PART 6 - WRITE + SELF-CHECK
# =====================================================================
ALLOWED_CODES = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
                 "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
                 "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
                 "sexual_talk", "meeting"}


def _check():
    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for it in ITEMS:
        assert it["label"] in (0, 1)
        assert set(it["codes"]) <= ALLOWED_CODES, (it["id"], it["codes"])
        ts = [m["ts"] for m in it["messages"]]
        assert ts == sorted(ts), it["id"]
        assert it["messages"], it["id"]


def main():
    _check()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%d.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), out))


if __name__ == "__main__":
    main()
