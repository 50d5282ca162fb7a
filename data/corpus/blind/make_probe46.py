#!/usr/bin/env python3
"""Blind evaluation set p46 for a grooming / trafficking-recruitment detector.

All content is fictional and deliberately non-explicit. Phone numbers use 555-01xx,
URLs use example.com / example.org. Standard library only.
Writes probe46.jsonl next to this script.
"""
import json
import os
import random
import re
from collections import Counter
from datetime import datetime, timedelta

NN = "46"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "probe%s.jsonl" % NN)


def gap(g):
    """'40s', '5m', '3h', '2d', '1d3h20m' or int seconds -> seconds."""
    if isinstance(g, int):
        return g
    total = 0
    for num, unit in re.findall(r"(\d+)([smhd])", g):
        total += int(num) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[unit]
    return total


ITEMS = []


def add(kind, lang, label, codes, msgs):
    """kind: post / exchange / chat ; msgs: list of (speaker, gap, text)."""
    ITEMS.append(dict(kind=kind, lang=lang, label=label, codes=codes, msgs=msgs))


# =====================================================================
# ONE-MESSAGE POSTS (20): 10 positive, 10 negative
# =====================================================================

# ---- positive, English ----
add("post", "en-US", 1,
    ["job_offer", "travel_meet", "photo_request", "commercial_sex", "secrecy", "money_gifts_debt"],
    [("a", 0, "\U0001F48B M0DEL/H0STESS CASTING \U0001F48B girls 18-24 ONLY, fresh faces welcome, no portfolio needed. "
      "weekend private events w/ VIP clientele in ATL & MIA \u2708\ufe0f flights + suite covered, $$ 3-6k per wknd paid same night. "
      "must be fun, outgoing & OPEN MINDED \U0001F609 send 3 pics (1 full body, no filter) + age to the sn@p in bio. "
      "serious only, we are discreet so u should be too \U0001F910")])

add("post", "en-KE", 1,
    ["job_offer", "travel_meet", "money_gifts_debt", "control", "vulnerability"],
    [("a", 0, "URGENT URGENT!! Vacancies in Dubai, Riyadh & Muscat for LADIES age 19-28. Positions: hotel receptionist, waitress, "
      "house manager. Salary KSh 85,000 - 120,000 per month + tips. NO fee upfront, agency pays air ticket, visa & medical, "
      "you will refund small small from salary. Must be slim, smart & presentable, form 4 leaver ok. We handle your passport "
      "for you until you settle. Limited slots, interviews this Friday Nairobi CBD. Whatsapp Madam Grace 555-0117 \U0001F4BC\u2708\ufe0f")])

add("post", "en-GB", 1,
    ["commercial_sex", "job_offer", "money_gifts_debt", "off_platform", "control"],
    [("a", 0, "NEW girls wanted \U0001F339\U0001F339 busy + established agency in Manchester, u could be earning \u00a31.5-2k a week doin 3 shifts. "
      "dont need experience, we look after u. nice flat provided w other girls, rent comes out ur earnings so nothin upfront. "
      "must be 18+ (obvs) & chatty. no timewasters. msg on t.e.l.e.g.r.a.m @ rose_garden_mcr \U0001F339")])

add("post", "en-US", 1,
    ["job_offer", "commercial_sex", "vulnerability", "money_gifts_debt"],
    [("a", 0, "hiring 'chat hosts' \U0001F3A5 work from our studio apartment in Houston, we supply the ring lights, outfits and a room "
      "if ur between places. paid DAILY on cashapp \U0001F4B5 no experience, no problem. lost ur ID or still waiting on it? "
      "we can work around that \U0001F440 text 555-0135, ask for Dre")])

add("post", "en-JM", 1,
    ["travel_meet", "commercial_sex", "money_gifts_debt", "photo_request"],
    [("a", 0, "Big man dem looking fi PRETTY young ladies 18+ as travel companion \U0001F334\u2708\ufe0f Cancun, Panama, Miami, Curacao. "
      "All expense paid + allowance \U0001F4B0 Just come look nice an keep di gentlemen company, nuttin too hard. "
      "No passport? We can fix it fast. Inbox wid 3 recent pics + yuh age, nuh bother if yuh shy \U0001F618")])

add("post", "en-SG", 1,
    ["job_offer", "commercial_sex", "vulnerability", "control", "money_gifts_debt"],
    [("a", 0, "Spa near Geylang hiring female massage therapist, age 18-26, MY/VN/PRC also can. No cert ok we train. "
      "Basic + high commission, can earn $6k+ if hardworking. Free hostel provided, company keep your passport for permit "
      "processing. Must be friendly & willing to accommodate VIP guest requests, very easy money one. Whatsapp 555-0163 (Ms Lin)")])

# ---- positive, other languages ----
add("post", "es", 1,
    ["job_offer", "travel_meet", "money_gifts_debt", "photo_request", "secrecy", "commercial_sex"],
    [("a", 0, "\U0001F4E2 Se buscan chicas de 18 a 24 a\u00f1os para trabajar como edecanes y anfitrionas en eventos privados en "
      "Canc\u00fan y Playa del Carmen. Ganancias de $12,000 a $20,000 por semana \U0001F4B8 Te adelantamos el boleto y el hospedaje, "
      "lo vas pagando con tus ganancias. Requisitos: buena presencia, mente abierta y disponibilidad para viajar YA. "
      "Manda 3 fotos (una de cuerpo completo) y tu edad al WhatsApp 555-0128. Discreci\u00f3n total \U0001F92B")])

add("post", "pt", 1,
    ["job_offer", "travel_meet", "money_gifts_debt", "control", "vulnerability", "photo_request"],
    [("a", 0, "VAGAS EUROPA \U0001F1F5\U0001F1F9\U0001F1EA\U0001F1F8 gar\u00e7onete e dan\u00e7arina em casa noturna, ganhos em euro!! "
      "Passagem e moradia por nossa conta, voc\u00ea vai pagando aos pouquinhos depois que come\u00e7ar. Idade 18 a 25, boa apar\u00eancia, "
      "n\u00e3o precisa falar a l\u00edngua nem ter experi\u00eancia. Embarque r\u00e1pido, a gente cuida de tudo, inclusive do passaporte. "
      "Chama no zap 555-0139 e manda foto \U0001F609")])

add("post", "fr", 1,
    ["commercial_sex", "travel_meet", "money_gifts_debt", "photo_request", "secrecy"],
    [("a", 0, "Recherche jeunes femmes (18-25 ans) pour accompagner des hommes d'affaires lors de d\u00eeners, soir\u00e9es et "
      "d\u00e9placements (Paris, Monaco, Duba\u00ef) \U0001F48E R\u00e9mun\u00e9ration tr\u00e8s g\u00e9n\u00e9reuse + cadeaux. Profil : \u00e9l\u00e9gante, "
      "souriante, ouverte d'esprit. Plus tu es ouverte, plus tu gagnes \U0001F609 Envoie 2-3 photos et ton \u00e2ge en priv\u00e9, "
      "r\u00e9ponse rapide. Discr\u00e9tion garantie.")])

add("post", "nl", 1,
    ["commercial_sex", "money_gifts_debt", "secrecy", "off_platform", "vulnerability", "meeting"],
    [("a", 0, "meiden 16+ die snel \U0001F4B6\U0001F4B6 willen verdienen?? gewoon chillen met een paar vrienden van me, lekker eten, "
      "ik regel vervoer heen en terug \U0001F697 geen gedoe. stuur me een dm op snap, niemand hoeft het te weten \U0001F92B alleen serieuze")])

# ---- negative, English ----
add("post", "en-US", 0, [],
    [("a", 0, "NOW HIRING \U0001F373 Maple & Rye Kitchen (Elm St) is looking for servers, hosts and a weekend line cook. "
      "18+ for servers (we serve alcohol), 16+ for host stand with a work permit. $15/hr + tips, shift meals, flexible "
      "around classes. Apply in person Tue-Thu 2-4pm or online at example.com/maple-jobs. No phone calls please!")])

add("post", "en-GB", 0, [],
    [("a", 0, "Au pair wanted from September - family of four in Leeds, two lovely (mostly!) kids aged 6 and 9. Own room with "
      "ensuite, \u00a3110/week pocket money, approx 25 hrs/week, weekends off, monthly travel card. Must be 18+ and happy to do a "
      "background check. We'll do a couple of video calls first and you're welcome to speak to our last au pair, Marta, who's "
      "still in touch with us. Placed via example.org (registered agency).")])

add("post", "en-SG", 0, [],
    [("a", 0, "OPEN CALL \U0001F4F8 Studio Kaya Models is scouting new faces this Saturday 11am-3pm at our office (Tanjong Pagar). "
      "NO fees, we never ask you to pay for a portfolio or 'training' - if someone does, it's not us. Bring 2 natural "
      "snapshots, no heavy makeup. Under 18? Please come with a parent or guardian, all contracts signed by them. "
      "Details at example.com/kaya")])

add("post", "en-KE", 0, [],
    [("a", 0, "\u26a0\ufe0f HEADS UP before you take that Gulf job \u26a0\ufe0f 1) Check the agency is licensed on the NEA list. "
      "2) NEVER hand over your passport to an agent 'for safekeeping'. 3) Get your contract BEFORE you travel and keep a copy "
      "with family. 4) If they say 'pay later from your salary' ask exactly how much, in writing. 5) Share your employer's "
      "address and phone with someone at home. Worried about yourself or a friend? Call our line 555-0150, free & "
      "confidential. #SafeMigration")])

add("post", "en-US", 0, [],
    [("a", 0, "Two people were arrested Tuesday after a months-long investigation into a massage business on Route 9, police said. "
      "Five women were taken to a victim services shelter. According to the complaint, the women had been recruited online "
      "with promises of salon work and were told they owed thousands of dollars for travel and housing. Investigators say "
      "their passports were kept in a safe at the business. Anyone with information is asked to call the tip line at 555-0124.")])

add("post", "en-TT", 0, [],
    [("a", 0, "PROMO TEAM NEEDED \U0001F389 Carnival weekend activation for a local rum brand - Sat & Sun, 2pm to 10pm at the Savannah. "
      "TT$1,200 per day, uniform + meals provided, company transport home after each shift. Must be 18+ (ID checked at "
      "contract signing), confident talking to people. Female & male ambassadors welcome. Apply with CV + headshot at "
      "example.com/islandbuzz - interviews at our Port of Spain office only.")])

add("post", "en-IE", 0, [],
    [("a", 0, "Looking for a travel companion for my mam (79) for a 5-day pilgrimage to Lourdes in June \U0001F64F She's fit and great "
      "craic but needs a hand with bags, meds and airports. All expenses paid + \u20ac400 for your time. Ideally someone with care "
      "experience, Garda vetted. Happy to meet for a cuppa in Athlone first with her so ye can see if ye get on. "
      "PM me here or ring 555-0131.")])

# ---- negative, other languages ----
add("post", "es", 0, [],
    [("a", 0, "\u26a0\ufe0f Aviso: estos d\u00edas circulan por Instagram y TikTok ofertas de 'modelo' o 'azafata' que prometen viajes "
      "pagados y mucho dinero a cambio de mandar fotos en bikini y tu edad por privado. Ninguna agencia seria te pide eso ni "
      "te adelanta billetes para que luego los 'devuelvas'. Si te ha llegado un mensaje as\u00ed, no respondas, haz captura y "
      "escr\u00edbenos al 555-0144. Es gratuito y confidencial. #NoEst\u00e1sSola")])

add("post", "pt", 0, [],
    [("a", 0, "Hotel em Albufeira contrata rececionista (m/f) para a \u00e9poca de ver\u00e3o \U0001F3E8 Requisitos: 18+, ingl\u00eas fluente, "
      "experi\u00eancia m\u00ednima de 6 meses. Oferecemos contrato de trabalho, sal\u00e1rio base + subs\u00eddio de alimenta\u00e7\u00e3o e "
      "alojamento partilhado para quem vem de fora (sem custos). Entrevista por videochamada. Envia o teu CV para "
      "rh@example.com at\u00e9 30 de abril.")])

add("post", "de", 0, [],
    [("a", 0, "Promoter:innen (m/w/d) gesucht f\u00fcr die Fahrradmesse in K\u00f6ln \U0001F6B2 3 Tage (Fr-So), 16 \u20ac/Std., Hotel wird "
      "gestellt bei Anreise \u00fcber 100 km. Du bist 18+, kommunikativ und zuverl\u00e4ssig. Bewerbung mit kurzem Lebenslauf und "
      "einem normalen Portr\u00e4tfoto \u00fcber example.com/messeteam. Vertrag und Briefing vorab, Bezahlung per \u00dcberweisung.")])

# =====================================================================
# SHORT EXCHANGES (20, 3-8 messages): 10 positive, 10 negative
# =====================================================================

# ---- positive, English ----
add("exchange", "en-US", 1,
    ["job_offer", "compliments_trust", "age_probe", "photo_request", "off_platform", "travel_meet", "secrecy",
     "money_gifts_debt"],
    [("a", 0, "heyy sorry random but ur page is giving \U0001F525 i scout for a swimwear brand, u ever model before?"),
     ("b", "2h14m", "lol no?? is this real"),
     ("a", "3m", "100% real babe. how old r u? client wants 18-22"),
     ("b", "1m", "19"),
     ("a", "50s", "perfect \U0001F60D send me like 4 pics in a bikini or something fitted so the client can see ur shape. no makeup is fine"),
     ("b", "6m", "um do u have a website or something"),
     ("a", "1m", "we're super private bc celebrity clients lol. easier on telegram, my @ is dash_castings. shoot is miami next wknd, flight + hotel on us, $2k for the day"),
     ("a", "40s", "and dont tell ur mom till u get back w the bag \U0001F4B0 moms always overthink this stuff")])

add("exchange", "en-GB", 1,
    ["commercial_sex", "job_offer", "age_probe", "money_gifts_debt", "control"],
    [("b", 0, "hiya saw ur post abt the agency, wat is the work exactly?"),
     ("a", "25m", "hi hun \U0001F339 basically companionship, u keep gentlemen company for an hour or two, all very chill. how old r u and where u based?"),
     ("b", "4m", "18, Bolton. is it like escorting tho"),
     ("a", "2m", "we dont use words like that lol. flats in Salford, ur room's sorted, rent n ads come out ur first weeks then its all yours"),
     ("b", "3m", "how much is rent"),
     ("a", "1m", "\u00a3350/wk but u'll clear that in a shift easy. we hold ur phone on shift for safety & give u a work one. when can u start?")])

add("exchange", "en-KE", 1,
    ["job_offer", "vulnerability", "travel_meet", "control", "money_gifts_debt", "secrecy", "compliments_trust"],
    [("b", 0, "Good evening madam, I saw the Dubai vacancy. I'm 20, I finished form 4 last year. Is it still available?"),
     ("a", "40m", "Evening dear. Yes still there, you sound like a smart girl. Are you staying with your parents?"),
     ("b", "5m", "With my aunt in Kayole, my mum passed"),
     ("a", "3m", "Pole sana. This job will change your life. Bring your ID and passport Friday, we keep the passport at office for "
      "visa processing. Ticket and medical is 95k but we deduct from your salary, you don't pay anything now"),
     ("b", "10m", "Ok thank you. Which hotel is it?"),
     ("a", "4m", "Client will decide when you land, they like girls who are friendly with guests. And don't tell your aunty too "
      "much details, relatives always spoil blessings. Just say you got hotel job")])

add("exchange", "en-JM", 1,
    ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy"],
    [("a", 0, "Wah gwaan pretty, saw yuh inna di school uniform pic, yuh look nice nice"),
     ("b", "1h2m", "lol tanks who dis"),
     ("a", "2m", "Mi a Dwayne, mi know yuh cousin Tash. How old yuh is now?"),
     ("b", "5m", "15"),
     ("a", "1m", "Yuh look more mature than dat fi real. Yuh need phone credit? Mi can send some fi yuh, nuh tell yuh madda though, she wi tink is sumting"),
     ("b", "8m", "ok \U0001F60A"),
     ("a", "30s", "Good girl. Delete di chat after, a fi wi business dat")])

add("exchange", "en-SG", 1,
    ["sextortion", "control", "secrecy", "money_gifts_debt"],
    [("a", 0, "eh this one you right? \U0001F602"),
     ("a", "20s", "[screenshot] i recorded the video call last night. if you don't want your whole school to see, pay $400 in google play cards by 10pm"),
     ("b", "3m", "wtf pls delete it, im only 15, i dont have money"),
     ("a", "1m", "not my problem. i already found your mum on fb and your class group chat. tick tock"),
     ("b", "12m", "i can maybe get $50"),
     ("a", "40s", "$50 now, rest tmr. you tell anyone i send immediately")])

add("exchange", "en-US", 1,
    ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "secrecy"],
    [("a", 0, "yo ur actually cracked at this game lol, how long u been playing"),
     ("b", "30s", "like a year lol"),
     ("a", "1m", "nice. how old r u? u sound young on vc haha"),
     ("b", "45s", "12 almost 13"),
     ("a", "1m", "thats chill im 16 lol. u want nitro? i got an extra. add me on snap tho discord is laggy for dms"),
     ("b", "2m", "bet whats ur snap"),
     ("a", "20s", "xkai_dx. and dont tell ur mom abt the gift, parents get weird abt ppl online giving stuff")])

# ---- positive, other languages ----
add("exchange", "es", 1,
    ["job_offer", "commercial_sex", "travel_meet", "money_gifts_debt", "control", "photo_request"],
    [("b", 0, "Hola, vi lo de anfitrionas en Canc\u00fan, tengo 19, \u00bfde qu\u00e9 se trata exactamente?"),
     ("a", "1h5m", "Hola linda \U0001F60A atender a clientes VIP en eventos privados, platicar, acompa\u00f1arlos en la mesa, tomar algo. "
      "Si t\u00fa quieres hay chicas que ganan mucho m\u00e1s en privado, eso ya es decisi\u00f3n tuya"),
     ("b", "7m", "\u00bfEn privado c\u00f3mo?"),
     ("a", "2m", "Lo vemos cuando llegues, no te preocupes. El boleto y el cuarto te los adelantamos y los vas pagando poco a poco. "
      "M\u00e1ndame tus fotos y una de tu INE"),
     ("b", "15m", "\u00bfY si al final no me gusta?"),
     ("a", "3m", "Primero pagas lo que debes y luego ya ves \U0001F609 pero todas se quedan")])

add("exchange", "fr", 1,
    ["compliments_trust", "age_probe", "money_gifts_debt", "commercial_sex", "meeting", "secrecy", "off_platform"],
    [("a", 0, "wsh t'es trop belle sur ta story \U0001F60D t'as quel \u00e2ge?"),
     ("b", "3h", "17 pk"),
     ("a", "1m", "parfait. tu veux te faire de la thune facile ce week-end ? genre 500\u20ac en une soir\u00e9e"),
     ("b", "4m", "c quoi le plan"),
     ("a", "1m", "des soir\u00e9es dans un appart avec des potes \u00e0 moi, ils sont gentils et g\u00e9n\u00e9reux, tu fais juste la meuf sympa \U0001F60F je te r\u00e9cup\u00e8re en voiture"),
     ("b", "9m", "jsp \u00e7a fait bizarre"),
     ("a", "1m", "t'inqui\u00e8te y a d'autres meufs de ton \u00e2ge. par contre t'en parles \u00e0 personne hein, m\u00eame pas \u00e0 tes copines. ajoute moi sur snap")])

add("exchange", "de", 1,
    ["romance", "money_gifts_debt", "control", "commercial_sex", "secrecy"],
    [("a", 0, "Schatz bist du wach?"),
     ("b", "6m", "ja was los"),
     ("a", "1m", "Ich hab echt Stress. Ich schulde Murat noch 2000 und er macht Druck. Du wei\u00dft wie sehr ich dich liebe oder?"),
     ("b", "2m", "ja klar aber ich hab kein geld \U0001F622"),
     ("a", "1m", "Musst du auch nicht. Murat hat nen Kumpel, der will dich kennenlernen. Du bist nur einen Abend nett zu ihm, dann sind wir die Schulden los"),
     ("b", "4m", "was meinst du mit nett"),
     ("a", "1m", "Mach nicht so ein Drama. Nach allem was ich f\u00fcr dich gemacht hab. Sag deiner Mutter du pennst bei Lena")])

add("exchange", "nl", 1,
    ["job_offer", "commercial_sex", "vulnerability", "control", "money_gifts_debt", "age_probe"],
    [("b", 0, "Hoi, ik zag je advertentie over chatwerk. Hoe werkt dat precies?"),
     ("a", "2h", "Hey! Je werkt vanuit ons appartement in Rotterdam-Zuid, je mag er ook gratis wonen. Camera, licht en outfits regelen wij. Hoe oud ben je?"),
     ("b", "10m", "18, ik slaap nu bij een vriendin want thuis gaat niet meer"),
     ("a", "3m", "Ideaal, dan kun je meteen beginnen. 60% is voor ons voor de kosten, de rest is van jou. Je paspoort en bankpas bewaren wij in de kluis, anders raken meiden dat kwijt"),
     ("b", "6m", "Moet ik dan ook dingen doen die ik niet wil?"),
     ("a", "2m", "De klanten vragen soms wat extra's, maar daar verdien je het meest mee. Je went er wel aan \U0001F609")])

# ---- negative, English ----
add("exchange", "en-US", 0, [],
    [("a", 0, "Hi Kayla! I'm Renee, a scout with Brightline Model Management (example.com/brightline). One of our agents saw your "
      "photos from the county fair fashion show and loved your look."),
     ("b", "3h20m", "omg hi?? is this legit, my friend said these are always scams"),
     ("a", "15m", "Totally fair to be careful! You can call our front desk at 555-0120 and ask for me, and all our agents are listed "
      "on the site. We never charge fees or ask for swimsuit photos over DM."),
     ("b", "5m", "ok. i'm 16 tho does that matter"),
     ("a", "4m", "Not at all, we represent lots of teens. We'd just need a parent or guardian at any meeting and they sign everything. "
      "Could your mom or dad email us to set up a visit to the office?"),
     ("b", "2m", "yeah i'll show my mom tonight \U0001F60A"),
     ("a", "1m", "Perfect. Have her email intake@example.com. Congrats!")])

add("exchange", "en-GB", 0, [],
    [("b", 0, "babe look at this ad someone sent me 'promo girls wanted, \u00a3500 a night, send full body pics, must be open minded'"),
     ("a", "3m", "nah thats dodgy as. open minded = red flag"),
     ("b", "1m", "they want to meet me in a hotel lobby in Leeds to 'interview' \U0001F643"),
     ("a", "1m", "absolutely not. real promo agencies have an office n a website n dont want ur body pics. screenshot it n report the account"),
     ("b", "6m", "done. blocked. ty x"),
     ("a", "2m", "ofc. if ur skint my cousin's caf\u00e9 is hiring, proper job lol x")])

add("exchange", "en-KE", 0, [],
    [("b", 0, "Mum I checked the agency, they're on the NEA licensed list. Contract says 55k per month for hotel housekeeping in Doha"),
     ("a", "20m", "Good. Did they ask you to leave the passport with them?"),
     ("b", "2m", "No, I keep it myself. They said the employer pays the ticket, no deductions, it's written on page 3"),
     ("a", "5m", "Thank God. Send me the hotel name and address and the supervisor's number"),
     ("b", "4m", "Sending now. Also the recruiter lady said I can call home every Sunday, we'll have wifi in staff quarters"),
     ("a", "10m", "Ok my dear. We'll pray on it and tell your uncle on Sunday \U0001F64F\U0001F3FE")])

add("exchange", "en-IE", 0, [],
    [("a", 0, "So that's twice you've made me laugh out loud on the bus, people are staring \U0001F602"),
     ("b", "12m", "Good, I'll take that as a compliment. Fancy a pint Saturday? Was thinking the Stag's Head around 7"),
     ("a", "30m", "Go on so. I'm 29 btw in case the app lied about me lol"),
     ("b", "3m", "31, no lies here either. Want to swap numbers or keep it on here til Saturday? No pressure either way"),
     ("a", "5m", "Here's grand for now, I'll give you my number on the night if you're not a weirdo \U0001F604"),
     ("b", "1m", "Fair enough. See you Saturday so")])

add("exchange", "en-TT", 0, [],
    [("a", 0, "Hey sweetie it's Auntie Carol \U0001F970 doh tell yuh mummy nothing ok, we planning a surprise for she 40th next Saturday"),
     ("b", "9m", "omg ok i won't say anything!! \U0001F910"),
     ("a", "2m", "Good girl. Send me a pic of that dress yuh did like in the mall so I could buy it for yuh to wear"),
     ("b", "6m", "[photo] this one the blue one"),
     ("a", "3m", "Lovely! And ask yuh daddy to bring you by 6. He know about it eh, is only mummy in the dark \U0001F602"),
     ("b", "1m", "lolll ok auntie love u")])

add("exchange", "en-SG", 0, [],
    [("a", 0, "bro ur valorant aim damn solid sia, how old ah"),
     ("b", "1m", "14 lol u?"),
     ("a", "40s", "same lah sec 2. u add me on discord can? tmr night play ranked"),
     ("b", "2m", "ok but after 9 cos my mum make me do tuition hw first \U0001F629"),
     ("a", "1m", "haha same my mum check my phone also. discord is jun.xx8"),
     ("b", "3m", "added. bring ur friend also if he free, need 5 stack")])

add("exchange", "en-US", 0, [],
    [("a", 0, "Hey Maya, great hustle at practice today, your footwork on the baseline is way better \U0001F44F"),
     ("a", "1m", "Quick reminder for the Dayton tournament: travel forms + medical release due Friday. I've added your mom to this chat so she gets the hotel info too."),
     ("c", "25m", "Thanks Coach Rivera! Is it the same hotel as last year?"),
     ("a", "10m", "Yep, the Lakeside Inn by the arena. Girls are 4 to a room with a team mom on each floor. Team photos Saturday 8am, white jerseys."),
     ("b", "1h", "ok thank u coach!!")])

# ---- negative, other languages ----
add("exchange", "pt", 0, [],
    [("b", 0, "Oi, boa tarde! Vi a vaga de recepcionista no hotel em Porto Seguro. Tenho 21 anos e moro em BH, ainda t\u00e1 aberta?"),
     ("a", "1h40m", "Boa tarde, Larissa! Est\u00e1 sim \U0001F60A Sou a C\u00edntia do RH. A vaga \u00e9 CLT, sal\u00e1rio de R$ 2.300 + vale-alimenta\u00e7\u00e3o. "
      "Para quem vem de fora oferecemos alojamento compartilhado com outras colaboradoras, sem desconto no sal\u00e1rio."),
     ("b", "10m", "E a passagem? Preciso pagar alguma taxa?"),
     ("a", "5m", "Nenhuma taxa, nunca. A passagem de \u00f4nibus reembolsamos no primeiro m\u00eas com nota. Antes de voc\u00ea viajar mandamos "
      "o contrato por e-mail pra voc\u00ea e sua fam\u00edlia lerem com calma."),
     ("b", "3m", "Perfeito! Como \u00e9 a entrevista?"),
     ("a", "4m", "Por videochamada com a gerente, quinta \u00e0s 15h. Pode mandar o curr\u00edculo para rh@example.com?")])

add("exchange", "fr", 0, [],
    [("a", 0, "Bonjour In\u00e8s, c'est Mme Caron (la maman de L\u00e9o et Jade). Seriez-vous dispo samedi soir pour garder les enfants, de 19h \u00e0 23h30 ?"),
     ("b", "45m", "Bonsoir madame, oui avec plaisir ! Je dois juste demander \u00e0 ma m\u00e8re, j'ai 16 ans donc elle pr\u00e9f\u00e8re savoir \U0001F60A"),
     ("a", "5m", "Bien s\u00fbr, c'est normal. Mon mari vous raccompagnera en voiture ou on vous paie le taxi, comme votre maman pr\u00e9f\u00e8re. 12 \u20ac/h comme d'habitude ?"),
     ("b", "30m", "Ma m\u00e8re dit ok ! Elle demande juste votre num\u00e9ro au cas o\u00f9"),
     ("a", "3m", "Pas de souci, c'est le 555-0147. Les enfants vont \u00eatre ravis, Jade a pr\u00e9par\u00e9 des dessins pour vous \U0001F604")])

add("exchange", "nl", 0, [],
    [("a", 0, "heyy die jongen die jou steeds dm't, Rayan of zo, ken je hem eigenlijk?"),
     ("b", "4m", "nee niet echt maar hij is super lief, zegt dat ik er ouder uitzie en wil me volgende week ophalen"),
     ("a", "1m", "check ff z'n volgers, hij doet precies hetzelfde bij Noor en bij twee meiden uit 4 havo. zelfde berichtjes"),
     ("b", "30s", "wacht serieus??"),
     ("a", "1m", "ja Noor heeft het aan de mentor verteld, die zei dat het klassiek loverboy gedrag is. cadeautjes, ophalen, 'niks tegen je ouders zeggen'"),
     ("b", "2m", "hij zei letterlijk dat \U0001F633 ok ik blokkeer hem en ik zeg het tegen mijn moeder"),
     ("a", "1m", "goed zo \u2764\ufe0f wil je dat ik meega als je het vertelt?")])

# =====================================================================
# LONGER CHATS (20, 10-30 messages): 10 positive, 10 negative
# =====================================================================

# ---- positive, English ----
add("chat", "en-US", 1,
    ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "off_platform", "secrecy", "isolation",
     "photo_request", "exclusivity"],
    [("a", 0, "gg ur build in brookhaven is actually so cute lol"),
     ("b", "1m", "omg thx \U0001F62D took me forever"),
     ("a", "2m", "u seem chill. how old r u if u dont mind me asking"),
     ("b", "1m", "13 wbu"),
     ("a", "40s", "15. ur way more mature than girls my age fr"),
     ("b", "3m", "lol thanks i guess"),
     ("a", "1d2h", "heyyy u on? i got u 800 robux for ur house \U0001F3E0"),
     ("b", "20m", "WAIT FR?? thank uuu"),
     ("a", "1m", "ofc ur my fav person to play with. do ur parents check ur phone or r they chill"),
     ("b", "2m", "my mom looks sometimes but she works nights so not rly"),
     ("a", "1m", "ok good lol bc roblox chat is so strict. u have snap? its easier"),
     ("b", "1m", "ya its lilyb_x0"),
     ("a", "5m", "added \U0001F47B dont tell ur mom about the robux ok she'll think its weird and take ur phone and then we cant talk"),
     ("b", "1m", "ok i wont"),
     ("a", "2d3h", "rough day?"),
     ("b", "10m", "ya my mom yelled at me again and my friends r being fake"),
     ("a", "1m", "ugh they dont get u like i do. u can tell me anything, its just us"),
     ("b", "2m", "\U0001F97A ur literally the only one who listens"),
     ("a", "1m", "always. send me a pic of u rn, i wanna see ur face so i can make u smile lol"),
     ("b", "3m", "im in my pjs tho lol"),
     ("a", "30s", "thats cute, send it \U0001F609 just for me, delete after")])

add("chat", "en-GB", 1,
    ["age_probe", "compliments_trust", "money_gifts_debt", "risk_assessment", "secrecy", "meeting", "isolation"],
    [("a", 0, "unlucky that last game mate, u were carrying tho"),
     ("b", "1m", "ye my teammates were trash lol"),
     ("a", "1m", "haha. how old r u? ur voice sounds young"),
     ("b", "30s", "14"),
     ("a", "1m", "sound. im 19, i dont mind playing with younger ones if theyre decent. u want the new skin? ill gift it u"),
     ("b", "1m", "wait srs?? yeah pls"),
     ("a", "3m", "done \u2705 u got ur own room or share w ur brother?"),
     ("b", "2m", "own room why"),
     ("a", "1m", "just so u can stay on late w out ur mum moaning lol. does she check ur xbox messages"),
     ("b", "1m", "nah she dont know how lol"),
     ("a", "40s", "ledge \U0001F602 best keep it that way. if she asks about the skin say u won it"),
     ("a", "3d1h", "fancy meeting up at the Arndale sat? ill get u a new controller, urs is knackered"),
     ("b", "2h", "idk my mum wont let me go into manchester on my own"),
     ("a", "2m", "just say ur going to ur mates. ill pick u up from the bus stop, no one needs to know, its our thing"),
     ("b", "10m", "ok maybe"),
     ("a", "30s", "good lad. delete these msgs after yeah")])

add("chat", "en-US", 1,
    ["sextortion", "compliments_trust", "age_probe", "photo_request", "control", "money_gifts_debt", "secrecy"],
    [("a", 0, "heyy u go to Westfield right? i think i saw u at the game \U0001F60A"),
     ("b", "15m", "ya lol who's this"),
     ("a", "1m", "ashley, i just moved here from texas. ur cute ngl"),
     ("b", "2m", "lol thanks ur cute too"),
     ("a", "1m", "how old r u? im 16"),
     ("b", "1m", "16 too"),
     ("a", "40s", "omg same. lets play a game, i send u a pic, u send me one \U0001F60F something only i get to see"),
     ("b", "3m", "what kind of pic"),
     ("a", "30s", "idk like a mirror pic lol dont be shy"),
     ("b", "8m", "[photo]"),
     ("a", "22m", "ok listen carefully. I have ur pic and I screenshotted all ur followers, ur mom, ur coach, ur whole team"),
     ("a", "20s", "send $300 on cashapp in the next hour or I post it with ur name and tag everyone"),
     ("b", "1m", "wtf r u serious?? i'm 16 please dont"),
     ("a", "30s", "u have 58 minutes. dont block me or i post instantly"),
     ("b", "4m", "i only have like $40"),
     ("a", "20s", "send it now then get the rest from ur parents. tell anyone and its over for u")])

add("chat", "en-KE", 1,
    ["job_offer", "vulnerability", "travel_meet", "control", "money_gifts_debt", "commercial_sex", "secrecy", "isolation",
     "compliments_trust", "age_probe"],
    [("a", 0, "Hello Wanjiru, I'm Beatrice, your friend Mercy gave me your number. She said you're looking for work?"),
     ("b", "1h10m", "Hi, yes madam. I've been looking since I cleared school"),
     ("a", "5m", "You're a hard worker I can tell. How old are you dear, and are you staying with your parents?"),
     ("b", "6m", "19. I stay with my dad in Nakuru, but things are tight, he's not working since the accident"),
     ("a", "3m", "Sorry to hear. God has a plan. I place girls in hotels in Muscat, salary is 90k plus tips, you can send home every month"),
     ("b", "4m", "Wow. Is it a real job? What will I do?"),
     ("a", "2m", "Reception and serving VIP guests in the lounge. The guests are very generous to girls who are friendly and don't complain"),
     ("b", "8m", "Ok. What do I need?"),
     ("a", "2m", "Just your ID and passport, I'll keep them at my office for processing. Ticket and visa is 120k but the employer covers and you repay from salary"),
     ("b", "5m", "120k is a lot"),
     ("a", "1m", "You'll clear it in 3 months only. Some girls clear it in one month if they work extra with the guests \U0001F60A"),
     ("b", "15m", "Let me talk to my dad first"),
     ("a", "2m", "Hmm. Dads worry too much, he might refuse and you'll miss the slot. Just tell him it's a hotel job in Nairobi for now, when you're sending money he'll be happy"),
     ("b", "20m", "Ok I'll think about it"),
     ("a", "1d4h", "Wanjiru, the flight is Thursday. I've sent 2,000 on Mpesa for your fare to Nairobi. Come to the office on Tom Mboya street Wednesday"),
     ("b", "30m", "Thank you madam \U0001F64F\U0001F3FE I've received"),
     ("a", "2m", "Also delete this chat, other agents are jealous and will try to steal my girls \U0001F602 and don't tell Mercy the salary")])

add("chat", "en-IE", 1,
    ["romance", "compliments_trust", "money_gifts_debt", "isolation", "control", "exclusivity", "commercial_sex", "secrecy"],
    [("a", 0, "morning gorgeous \U0001F618 how's my girl"),
     ("b", "20m", "wrecked lol, mocks next week"),
     ("a", "2m", "ur too smart to be stressing. I'll collect u after school, got u something"),
     ("b", "1m", "omg what is it"),
     ("a", "1m", "wait n see \U0001F60F"),
     ("b", "6h", "CONOR the airpods!! ur mad thank u \u2764\ufe0f"),
     ("a", "5m", "anything for u. ur the only one I trust"),
     ("a", "2d", "who were u with in town? Ciara's story had u in it"),
     ("b", "15m", "just the girls, we got food"),
     ("a", "1m", "thought u said u were studying. that crowd is bad for u, they talk about u behind ur back"),
     ("b", "3m", "they don't tho?"),
     ("a", "1m", "they do, Ciara said stuff to my cousin. u don't need them, u've got me"),
     ("b", "10m", "ok sorry. ur right i should've told u"),
     ("a", "4d2h", "babe I'm in a bit of trouble. owe a fella 1500 and he's not messing"),
     ("b", "5m", "oh no \U0001F61F I only have like 80 in my account"),
     ("a", "1m", "I know. after everything I've bought u I thought u'd want to help me out"),
     ("b", "2m", "i do!! what can I do"),
     ("a", "3m", "my mate Dean's having a few lads over saturday. just come and be nice to them, chat, have a drink, keep them happy. they'll sort the money"),
     ("b", "6m", "what do u mean keep them happy"),
     ("a", "1m", "don't make it weird Aoife. tell ur mam ur staying at mine. and don't say anything to the girls, it's between us")])

add("chat", "en-TT", 1,
    ["compliments_trust", "exclusivity", "secrecy", "vulnerability", "photo_request", "risk_assessment", "meeting", "isolation"],
    [("a", 0, "Good session today Shania. You have real talent, I doh say that to everybody"),
     ("b", "40m", "thank you coach \U0001F60A"),
     ("a", "2m", "Serious. I could see you making the national U17 squad if you put in extra work. I could do private sessions with you Saturday mornings, free"),
     ("b", "5m", "for real?? i have to ask my mummy"),
     ("a", "1m", "Tell she is extra training with the team, easier so. Doh mention is just you, the other girls go feel jealous"),
     ("b", "3m", "ok coach"),
     ("a", "2d5h", "Yuh home? How yuh feeling after the run"),
     ("b", "12m", "legs dead lol. mummy and stepdad fighting again so im in my room"),
     ("a", "1m", "Sorry to hear. Yuh could always talk to me, I understand yuh better than them"),
     ("b", "4m", "thanks coach fr"),
     ("a", "2m", "Send me a pic how yuh stretching, want to check yuh form \U0001F609"),
     ("b", "3m", "now? im in my pajamas lol"),
     ("a", "1m", "Is ok, nobody go see it but me. And yuh mummy does check yuh phone?"),
     ("b", "2m", "no she too busy"),
     ("a", "1m", "Good. Delete our chat anyway eh. People does talk and I doh want to lose my job over something innocent"),
     ("b", "5m", "ok"),
     ("a", "3d", "Saturday 7am, I go pick yuh up by the corner, not by yuh house. Wear something comfortable")])

add("chat", "en-SG", 1,
    ["job_offer", "vulnerability", "money_gifts_debt", "commercial_sex", "control", "secrecy", "age_probe"],
    [("b", 0, "jie u got anything part time? i really need money, my dad's debt ppl keep coming to the house \U0001F62D"),
     ("a", "25m", "aiyo sayang. u 18 already right?"),
     ("b", "1m", "ya just turned"),
     ("a", "2m", "ok can. i work at KTV lounge, just sit with uncles, drink a bit, sing, chat. $150 a night + tips"),
     ("b", "4m", "thats it? sounds too easy"),
     ("a", "1m", "ya lor easy one. the boss will lend you $2k first for ur dad's debt, then you pay back bit by bit from ur shifts"),
     ("b", "10m", "wah really? ok i can try"),
     ("a", "1m", "wear something nice, i lend u my dress. don't tell ur mum where, just say restaurant job"),
     ("b", "2d14h", "jie last night ok but one uncle kept asking me go out with him after, i didnt like"),
     ("a", "30m", "normal lah, just smile. actually he's VIP, he'll pay $800 if u go hotel with him, u can clear ur loan faster"),
     ("b", "5m", "hotel?? jie i dont want that"),
     ("a", "1m", "first time i go with u, dont worry. all the girls do. u still owe boss $1.7k u know"),
     ("b", "20m", "ok let me think"),
     ("a", "1m", "don't think too long, boss don't like girls who waste his time \U0001F642 and delete this chat ah")])

add("chat", "en-US", 1,
    ["romance", "vulnerability", "compliments_trust", "travel_meet", "money_gifts_debt", "control", "commercial_sex",
     "isolation", "secrecy"],
    [("a", 0, "ok ur smile in ur 3rd pic is dangerous \U0001F605"),
     ("b", "2h", "lmao thank u. ur bio made me laugh"),
     ("a", "3m", "what u doing on here anyway, u seem like u got it together"),
     ("b", "10m", "honestly not rn. just got kicked out of my mom's, couch surfing at my friend's"),
     ("a", "2m", "damn thats not right. u deserve way better than that"),
     ("a", "1d", "been thinking abt u all day. lemme take u to dinner tonight"),
     ("b", "15m", "ok \U0001F970"),
     ("a", "5d3h", "real talk, i'm moving to vegas next month. got a place lined up. come with me, we start fresh together"),
     ("b", "20m", "omg are u serious?? i dont even have money for a ticket"),
     ("a", "1m", "i got u, i'll handle everything. just need u to trust me"),
     ("b", "2m", "i do trust u"),
     ("a", "3m", "my homegirl dances at a club out there, makes like 2k a weekend. u could do that till u get on ur feet, i'll hold the money so we can save for our place"),
     ("b", "5m", "i've never danced lol"),
     ("a", "1m", "u'll learn. and some of the guys there pay extra for private time, just talk n be sweet. it's how we get ahead baby"),
     ("b", "12m", "idk about that part"),
     ("a", "1m", "u said u trust me. and dont tell ur friend abt vegas, she's jealous of us, she'll try to stop u"),
     ("b", "7m", "ok. i won't"),
     ("a", "1m", "good girl. give me ur ID so i can book the flight, i'll keep it with my stuff")])

# ---- positive, other languages ----
add("chat", "pt", 1,
    ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "off_platform", "secrecy", "photo_request",
     "exclusivity"],
    [("a", 0, "boa partida! tu joga mt bem kkk"),
     ("b", "1m", "kkkk obg"),
     ("a", "1m", "quantos anos vc tem?"),
     ("b", "2m", "11 e vc"),
     ("a", "1m", "14. vc parece mais velha pelo jeito q fala"),
     ("b", "3m", "s\u00e9rio? \U0001F60A"),
     ("a", "1m", "s\u00e9rio. quer diamante? te mando 500 agora"),
     ("b", "30s", "QUERO SIM obrigadaaa"),
     ("a", "1d1h", "oi princesa. teus pais olham teu celular?"),
     ("b", "30m", "minha m\u00e3e \u00e0s vezes"),
     ("a", "1m", "ent\u00e3o melhor a gente conversar no zap, me passa teu n\u00famero. e apaga as msgs daqui"),
     ("b", "4m", "ta bom"),
     ("a", "2d2h", "manda uma foto tua de pijama pra eu ver como tu \u00e9 de verdade \U0001F618"),
     ("b", "10m", "pra q"),
     ("a", "1m", "pq tu \u00e9 especial pra mim, nenhuma outra menina \u00e9 igual. \u00e9 segredo nosso t\u00e1? se tua m\u00e3e souber ela vai te proibir de jogar"),
     ("b", "6m", "ok")])

add("chat", "de", 1,
    ["sextortion", "age_probe", "compliments_trust", "photo_request", "control", "secrecy"],
    [("a", 0, "hey, warst du letzte woche auf dem sommerfest vom TSV? \U0001F604"),
     ("b", "45m", "ja wieso, wer bist du"),
     ("a", "2m", "Leon, aus Gladbach. wie alt bist du?"),
     ("b", "3m", "14 und du"),
     ("a", "1m", "15. du bist echt h\u00fcbsch, hab dich die ganze zeit angeguckt haha"),
     ("b", "4m", "omg \U0001F648"),
     ("a", "1d", "schick mal ein foto von dir, nur f\u00fcr mich"),
     ("b", "20m", "[Foto] ist vom urlaub"),
     ("a", "1m", "s\u00fc\u00df im bikini \U0001F60D noch eins? aber ein anderes"),
     ("b", "5m", "nee lieber nicht"),
     ("a", "1m", "ok dann pass auf. das urlaubsbild hab ich gespeichert und ich hab die namen von deiner klasse. entweder du schickst mir heute noch fotos wie ich sie will, oder ich schick das bild mit deinem namen an alle"),
     ("b", "2m", "bitte nicht!! ich bin 14 das darfst du nicht"),
     ("a", "1m", "dann mach was ich sag. 21 uhr. und wenn du deinen eltern was sagst, geht's sofort raus"),
     ("b", "3m", "bitte l\u00f6sch das \U0001F62D"),
     ("a", "30s", "noch 3 stunden")])

# ---- negative, English ----
add("chat", "en-US", 0, [],
    [("a", 0, "ok DON'T tell emma but we're doing a surprise bday thing sat"),
     ("b", "2m", "OMG yesss what's the plan"),
     ("a", "1m", "her mom's in on it, we're hiding at her house at 3 and she thinks she's going to the dentist lmaooo"),
     ("b", "30s", "the dentist \U0001F480\U0001F480"),
     ("a", "1m", "can u bring the polaroid camera"),
     ("b", "2m", "ya if my dad says ok. how old is she turning 13 or 14 i forgot"),
     ("a", "30s", "13 same as us dummy"),
     ("b", "1m", "lol right. send me a pic of the outfit ur wearing so we match"),
     ("a", "4m", "[photo] the pink hoodie"),
     ("b", "1m", "cute ok im wearing mine too"),
     ("a", "1m", "also DELETE this chat when ur done, emma always grabs ur phone"),
     ("b", "30s", "lmao true ok deleting"),
     ("b", "1d2h", "wait should we get her the roblox gift card or the necklace"),
     ("a", "10m", "necklace, her mom said she's grounded from roblox \U0001F602"),
     ("b", "1m", "lololol ok necklace it is")])

add("chat", "en-GB", 0, [],
    [("a", 0, "Evening all. Skegness tournament is confirmed for 14-15 June \U0001F3C6 U13s travelling Saturday morning by coach from the club car park at 7am."),
     ("b", "20m", "Brilliant! Is it an overnight? Ollie's asking already lol"),
     ("a", "5m", "Yes, one night at the holiday park. Lads 4 to a chalet, two DBS-checked parent volunteers per chalet block, me and Steve on site throughout."),
     ("b", "3m", "Perfect. Any cost?"),
     ("a", "4m", "\u00a365 covers coach, chalet and tea Saturday night. Club's subsidising the rest. Consent forms and medical info on the club app by the 1st please."),
     ("c", "30m", "coach can we bring our switches"),
     ("a", "2m", "Ha! Yes Ollie but phones/consoles get handed in at 10pm, rules are rules \U0001F604"),
     ("b", "1m", "Good luck with that \U0001F602"),
     ("a", "1h", "Also photos - we'll post team pics on the club page only for players whose parents have ticked the photo consent box. No names with photos."),
     ("b", "15m", "Ticked \U0001F44D Happy to volunteer if you need another parent"),
     ("a", "10m", "That'd be great Sarah, I'll put you on the Saturday evening rota. Just need your DBS number."),
     ("b", "5m", "Will send it over tomorrow")])

add("chat", "en-KE", 0, [],
    [("a", 0, "Hello Achieng, this is Faith from Bridgeway Placements (our NEA licence number is on example.com/bridgeway). You applied for the hotel housekeeping role in Doha?"),
     ("b", "30m", "Yes hello Faith! I did, thank you for getting back to me"),
     ("a", "3m", "Great. A few questions: how old are you and do you have hotel experience?"),
     ("b", "4m", "I'm 22, I worked 2 years at a guest house in Kisumu"),
     ("a", "5m", "Perfect. The position is 1,600 QAR/month, accommodation and meals by the employer, 8-hour shifts, one day off weekly. 2-year contract."),
     ("b", "6m", "Do I pay anything for the ticket or visa?"),
     ("a", "2m", "No. The employer pays recruitment costs, ticket and visa. If anyone asks you for money in our name, report it to us and to NEA."),
     ("b", "3m", "Ok that's good. And my passport?"),
     ("a", "2m", "You keep it at all times. Employers are not allowed to hold it. We only need a scan for the visa."),
     ("b", "8m", "Thank you. My family is worried because of the stories they hear"),
     ("a", "3m", "Completely understandable. Bring a family member to the pre-departure orientation on the 12th, we explain everything and they'll get our emergency contacts and the hotel's HR contact."),
     ("b", "5m", "My mum will come. Who is the emergency contact on your side?"),
     ("a", "2m", "Our welfare officer, Mr Otieno, 555-0158, WhatsApp 24/7. Also register with the embassy when you arrive."),
     ("b", "4m", "Asante sana \U0001F64F\U0001F3FE see you on the 12th")])

add("chat", "en-IE", 0, [],
    [("a", 0, "Soooo are we still on for Galway this weekend or are you bottling it \U0001F60F"),
     ("b", "8m", "Bottling it? I've the playlist made and everything"),
     ("a", "1m", "Go on then, what's on it"),
     ("b", "2m", "Mostly local radio ads and a bit of Christy Moore"),
     ("a", "1m", "Perfect. I booked the B&B in Salthill, \u20ac140 for two nights, I'll send you the link"),
     ("b", "3m", "Send me your Revolut and I'll transfer my half now before I forget"),
     ("a", "1m", "Ah stop, you got dinner last week"),
     ("b", "1m", "No no, half and half, my mam would kill me otherwise \U0001F602"),
     ("a", "2m", "Fine \U0001F644 what time are you collecting me"),
     ("b", "1m", "Half 5 Friday? I'll be outside yours"),
     ("a", "4m", "Grand. Don't tell my sister we're going, she'll want to come and she's a nightmare in a car"),
     ("b", "2m", "My lips are sealed. You look gorgeous in that pic you sent earlier by the way"),
     ("a", "3m", "Stop \U0001F648 see you Friday x")])

add("chat", "en-JM", 0, [],
    [("a", 0, "Kemar baby, a granny dis. Yuh mummy tell mi she give yuh phone fi yuh birthday"),
     ("b", "1h", "yes granny!! its a samsung"),
     ("a", "5m", "Bless. Who yuh chatting wid pon it? Only people yuh know eh"),
     ("b", "3m", "just my friends from school and cousin Andre"),
     ("a", "4m", "Good. If anybody yuh nuh know message yuh, tell yuh mummy straight"),
     ("b", "2m", "ok granny i know they tell us at school"),
     ("a", "3m", "Send granny a picture inna yuh new uniform, mi waan see how yuh tall now"),
     ("b", "15m", "[photo]"),
     ("a", "6m", "Lawd yuh tall eeh! Mi send some lunch money through yuh mummy"),
     ("b", "1m", "thank u granny \u2764\ufe0f"),
     ("a", "3m", "An doh tell yuh bredda mi give yuh extra, mi give him fi him birthday already \U0001F602 a fi wi likkle secret"),
     ("b", "1m", "lol ok granny \U0001F910"),
     ("a", "2m", "Love yuh. Study hard")])

add("chat", "en-SG", 0, [],
    [("a", 0, "Hi Shannon, Clara from Studio Kaya here \U0001F60A Thanks for coming to the open call on Saturday! We'd love to offer you a test shoot."),
     ("b", "40m", "omg really?? thank you!!"),
     ("a", "3m", "Since you're 17, we'll need your parent or guardian to be part of this chat and to sign the consent. Could you add your mum or dad?"),
     ("b", "5m", "ok adding my mum now"),
     ("c", "20m", "Hello Clara, this is Shannon's mother, Mrs Tan. What does the test shoot involve?"),
     ("a", "6m", "Hi Mrs Tan! It's a 2-hour shoot at our studio in Tanjong Pagar - casual outfits, a simple white tee and jeans, natural makeup. You're very welcome to stay throughout."),
     ("c", "4m", "Is there any fee for the photos?"),
     ("a", "3m", "No fees at all. The agency covers the photographer. If she's signed later, commission is only taken from paid jobs, and the contract will be in writing for you to review."),
     ("c", "10m", "OK good. She has prelims in Aug so weekdays are difficult"),
     ("a", "2m", "Totally understand, school comes first. How about Sat 14 June, 10am?"),
     ("b", "1m", "can mum can? \U0001F97A"),
     ("c", "2m", "Can. We'll be there."),
     ("a", "3m", "Wonderful! I'll email the address and the consent form to you, Mrs Tan. Please bring Shannon's IC for the form. See you then!")])

# ---- negative, other languages ----
add("chat", "es", 0, [],
    [("a", 0, "Hola Luc\u00eda, soy Marta de RRHH del Hotel Cala Blava (Mallorca). Recibimos tu CV para camarera de pisos/recepci\u00f3n en temporada. \u00bfSigues interesada?"),
     ("b", "2h", "\u00a1Hola! S\u00ed, much\u00edsimo. Tengo 20 a\u00f1os y he trabajado en un bar en Sevilla dos veranos"),
     ("a", "10m", "Genial. Te cuento: contrato fijo discontinuo de mayo a octubre, 1.450 \u20ac netos al mes, 40 h semanales, dos d\u00edas libres."),
     ("b", "5m", "\u00bfY el alojamiento? No conozco a nadie all\u00ed"),
     ("a", "4m", "Tenemos residencia de personal a 5 minutos, habitaci\u00f3n compartida con otra compa\u00f1era, 120 \u20ac al mes que se descuentan de la n\u00f3mina y viene en el contrato."),
     ("b", "3m", "Vale. \u00bfTengo que pagar el vuelo?"),
     ("a", "2m", "El vuelo de ida lo paga el hotel. No cobramos ninguna tasa de selecci\u00f3n, nunca."),
     ("b", "6m", "Perfecto. \u00bfNecesit\u00e1is foto?"),
     ("a", "2m", "Solo una foto tipo carnet para la tarjeta de empleada, y DNI y n\u00famero de la Seguridad Social. Nada m\u00e1s."),
     ("b", "15m", "Mis padres me preguntan si pueden llamar a alguien"),
     ("a", "5m", "Claro, que llamen a recepci\u00f3n (555-0166) y pregunten por m\u00ed, o que miren la web example.com/calablava. La entrevista ser\u00eda por videollamada el jueves a las 11."),
     ("b", "3m", "\u00a1All\u00ed estar\u00e9! Muchas gracias \U0001F60A")])

add("chat", "fr", 0, [],
    [("b", 0, "T'es rentr\u00e9e du boulot ? \U0001F60A"),
     ("a", "25m", "\u00c0 l'instant, crev\u00e9e. Ta voix me manque"),
     ("b", "1m", "Pareil. Bon j'ai une question s\u00e9rieuse"),
     ("a", "30s", "A\u00efe"),
     ("b", "1m", "T'as quoi de pr\u00e9vu le week-end du 14 ?"),
     ("a", "1m", "Rien, pourquoi \U0001F440"),
     ("b", "2m", "J'ai trouv\u00e9 un Airbnb \u00e0 Lyon, pile entre nous deux. Je m'occupe du train pour toi si tu veux"),
     ("a", "1m", "Trop mignon mais on partage, j'insiste"),
     ("b", "1m", "Ok on fait moiti\u00e9-moiti\u00e9, t'es t\u00eatue \U0001F602"),
     ("a", "2m", "Et toi t'es trop parfait, c'est louche"),
     ("b", "1m", "Dis rien \u00e0 ma s\u0153ur par contre, elle va vouloir nous squatter vu qu'elle habite l\u00e0-bas \U0001F605"),
     ("a", "1m", "Promis. Envoie-moi le lien de l'appart"),
     ("b", "3m", "Voil\u00e0 : example.com/lyon-appart. Je t'aime"),
     ("a", "1m", "Moi aussi \u2764\ufe0f J'ai h\u00e2te")])

add("chat", "de", 0, [],
    [("b", 0, "papa kann ich dir kurz was zeigen? aber nicht sauer sein"),
     ("a", "3m", "Nat\u00fcrlich, Schatz. Ich bin nicht sauer. Was ist los?"),
     ("b", "2m", "so ein typ schreibt mir auf insta seit paar tagen, hat gefragt wie alt ich bin und jetzt will er fotos von mir"),
     ("a", "1m", "Gut, dass du mir das sagst. Hast du ihm was geschickt?"),
     ("b", "1m", "nein. er hat gesagt ich soll es niemandem erz\u00e4hlen, das ist unser geheimnis"),
     ("a", "2m", "Genau deshalb ist es richtig, dass du es erz\u00e4hlst. Solche Geheimnisse muss man nicht halten."),
     ("b", "1m", "bin ich jetzt in \u00e4rger?"),
     ("a", "1m", "\u00dcberhaupt nicht. Mach bitte Screenshots von dem Chat, blockier ihn aber noch nicht."),
     ("b", "5m", "ok hab ich. [Screenshots]"),
     ("a", "4m", "Danke. Ich melde das Profil bei Instagram und heute Abend gehen wir zusammen zur Onlinewache der Polizei, okay?"),
     ("b", "2m", "ok. danke papa \u2764\ufe0f"),
     ("a", "1m", "Ich bin stolz auf dich. Pizza heute Abend? \U0001F355"),
     ("b", "30s", "jaaa")])

add("chat", "nl", 0, [],
    [("a", 0, "ga jij zaterdag naar het feestje van Daan?"),
     ("b", "5m", "jaaa als mijn moeder het goed vindt"),
     ("a", "1m", "zeg gewoon dat je bij mij slaapt, is ook zo lol"),
     ("b", "2m", "haha ok maar niet zeggen dat Milan er ook is \U0001F648"),
     ("a", "30s", "OMG je vindt hem nog steeds leuk"),
     ("b", "1m", "shhh niemand mag het weten!! ook niet tegen Lotte zeggen"),
     ("a", "1m", "mijn lippen zijn verzegeld \U0001F910"),
     ("b", "1h", "wat trek jij aan? stuur ff foto"),
     ("a", "6m", "[foto] die groene top"),
     ("b", "1m", "mooi!! ik doe mijn zwarte broek"),
     ("a", "3m", "mijn vader haalt ons om 12 uur op bij het station, later vindt hij niet goed"),
     ("b", "2m", "prima, mijn moeder belt hem vast toch nog even \U0001F602"),
     ("a", "1m", "sowieso haha")])


# =====================================================================
# BUILD
# =====================================================================
ALLOWED_CODES = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform", "travel_meet",
                 "money_gifts_debt", "control", "commercial_sex", "sextortion", "age_probe", "compliments_trust",
                 "risk_assessment", "exclusivity", "photo_request", "sexual_talk", "meeting"}


def build():
    rng = random.Random(4600 + int(NN))
    items = list(ITEMS)
    rng.shuffle(items)
    base = datetime(2026, 1, 4, 0, 0, 0)
    lines = []
    meta = []
    for k, it in enumerate(items, start=1):
        cid = "p%s-x%d" % (NN, k)
        start = base + timedelta(days=rng.randint(0, 130), hours=rng.randint(7, 23), minutes=rng.randint(0, 59),
                                 seconds=rng.randint(0, 59))
        t = start
        msgs = []
        for i, (spk, g, text) in enumerate(it["msgs"]):
            if i > 0:
                s = gap(g)
                assert s > 0, (cid, i)
                t = t + timedelta(seconds=s + rng.randint(0, 9))
            rcp = {"a": "b", "b": "a", "c": "a"}[spk]
            msgs.append({"sender": "%s-%s" % (cid, spk), "recipient": "%s-%s" % (cid, rcp),
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        rec = {"id": cid, "label": it["label"], "codes": it["codes"] if it["label"] == 1 else [], "messages": msgs}
        # sanity checks
        assert set(rec["codes"]) <= ALLOWED_CODES, (cid, rec["codes"])
        if it["label"] == 1:
            assert rec["codes"], cid
        n = len(msgs)
        if it["kind"] == "post":
            assert n == 1, cid
        elif it["kind"] == "exchange":
            assert 3 <= n <= 8, (cid, n)
        else:
            assert 10 <= n <= 30, (cid, n)
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append((cid, it["kind"], it["lang"], it["label"], n))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return meta


if __name__ == "__main__":
    meta = build()
    print("wrote", OUT, "items:", len(meta))
    print("by label:", dict(Counter(m[3] for m in meta)))
    fam = lambda l: "en" if l.startswith("en") else l
    print("by language family:", dict(Counter(fam(m[2]) for m in meta)))
    print("by language x label:", dict(Counter((fam(m[2]), m[3]) for m in meta)))
    print("by English register:", dict(Counter(m[2] for m in meta if m[2].startswith("en"))))
    print("by kind x label:", dict(Counter((m[1], m[3]) for m in meta)))
    print("message counts: min %d max %d total %d" % (min(m[4] for m in meta), max(m[4] for m in meta),
                                                       sum(m[4] for m in meta)))
