#!/usr/bin/env python3
"""Writes probe.jsonl: hand-written conversations in styles the generator
does not use (chat-room shorthand, one long DM, ads, several languages),
written on 2026-12-05 to check the shipped model from outside its corpus.
Not used for training. Non-explicit: sexual talk and photo requests are
named, never reproduced. Numbers are 555-01xx, no real people.

    python3 data/corpus/make_probe.py [OUT=data/corpus/probe.jsonl]   # also writes probe_single.jsonl and probe2.jsonl beside it
"""
import json
import os
import sys

# (id, label, codes, [(speaker, text)]); speaker "a" starts.
CONVS = [
    ("probe-p01", 1, ["age_probe", "compliments_trust", "risk_assessment", "secrecy", "photo_request", "meeting"], [
        ("a", "hi"), ("b", "hey"), ("a", "asl?"), ("b", "14 f tx u?"),
        ("a", "28 m cali. is that ok with u?"), ("b", "i guess lol"),
        ("a", "ur really mature for 14 tbh"), ("a", "do ur parents ever go thru ur phone"),
        ("b", "sometimes my mom does"), ("a", "ok then delete our chats after we talk ok"),
        ("a", "do u have a cam?"), ("a", "we should meet up sometime, i can drive to u"),
    ]),
    ("probe-p02", 1, ["age_probe", "gifts_money", "off_platform", "secrecy", "isolation"], [
        ("a", "gg ur cracked at this"), ("b", "ty lol"), ("a", "how old r u btw"), ("b", "13"),
        ("a", "cool age doesnt matter to me, ur chill"), ("a", "i can buy u the battle pass if u want"),
        ("b", "fr??"), ("a", "ya lets talk on discord instead, dm me"),
        ("a", "dont tell ur mom about me tho, she wouldnt get it"),
    ]),
    ("probe-p03", 1, ["job_offer", "travel_meet", "id_control", "debt_money", "off_platform"], [
        ("a", "Hi dear, I saw your profile. We are hiring girls for hostess work in Dubai. Salary 4000 USD per month, flight and visa covered by company."),
        ("b", "what kind of work is it?"),
        ("a", "Just entertaining VIP clients at the club. No experience needed, you just need to be open minded."),
        ("a", "Send me full body pictures and a copy of your passport so I can book the ticket."),
        ("a", "The ticket will be deducted from your first salary, don't worry."),
        ("a", "Text me on whatsapp 555-0142, this app is slow."),
    ]),
    ("probe-p04", 1, ["romance", "isolation", "travel_meet", "commercial_sex", "debt_money"], [
        ("a", "nobody treats you like i do baby"), ("a", "your family doesnt even care about you, i do"),
        ("b", "i know"), ("a", "come stay with me, ill take care of everything"),
        ("a", "i need you to do something for us tho, just a few dates with my friends, its good money"),
        ("b", "idk about that"), ("a", "after everything i bought you? you owe me"),
    ]),
    ("probe-p05", 1, ["commercial_sex", "off_platform"], [
        ("a", "new in town 🌹 sweet and discreet, 150 roses hh, incall only. text only, no blocked numbers 555-0177"),
    ]),
    ("probe-p06", 1, ["sextortion", "gifts_money"], [
        ("a", "i have your pics"), ("b", "what??"),
        ("a", "if you dont send more ill post them to all your followers and your school"),
        ("a", "you have 24 hours"), ("a", "or pay $300 in steam gift cards and ill delete them"),
    ]),
    ("probe-p07", 1, ["job_offer", "age_probe", "travel_meet", "secrecy"], [
        ("a", "omg you have the look for a modelling career!!"), ("b", "really? thank you"),
        ("a", "our agency is in LA, we pay for your flight and hotel"), ("a", "how old are you?"),
        ("b", "16"), ("a", "perfect, we work with young models all the time"),
        ("a", "dont tell your parents until the contract is signed, its a surprise"),
    ]),
    ("probe-p08", 1, ["job_offer", "travel_meet", "secrecy", "off_platform"], [
        ("a", "hola guapa, tengo un trabajo para ti en España, ganas 3000 euros al mes"),
        ("b", "de qué es el trabajo?"), ("a", "atender clientes, nosotros te pagamos el pasaje"),
        ("a", "no le digas a tu familia todavía"), ("a", "pásame tu whatsapp y te explico"),
    ]),
    ("probe-p09", 1, ["vulnerability", "isolation", "travel_meet", "secrecy"], [
        ("a", "your stepdad yelled at you again?"), ("b", "yeah i hate it here"),
        ("a", "you can always run away to my place, i have a spare room"),
        ("a", "ill send you a bus ticket tonight"), ("a", "dont tell anyone where youre going ok"),
    ]),
    ("probe-p10", 1, ["age_probe", "compliments_trust", "risk_assessment", "photo_request", "secrecy"], [
        ("a", "t'as quel âge?"), ("b", "13 ans"), ("a", "t'es très mature pour ton âge"),
        ("a", "tes parents sont là ce soir?"), ("b", "non ils travaillent"),
        ("a", "envoie moi une photo de toi"), ("a", "c'est notre secret hein"),
    ]),
    ("probe-p11", 1, ["job_offer", "off_platform", "id_control"], [
        ("a", "Hey, suchst du einen Job? Modeljob in Berlin, 500€ pro Shooting"),
        ("b", "echt? was muss ich machen"), ("a", "Schreib mir auf Telegram, da erkläre ich alles"),
        ("a", "Bring deinen Ausweis mit, wir kümmern uns um die Reise"),
    ]),
    ("probe-p12", 1, ["age_probe", "compliments_trust", "secrecy", "off_platform"], [
        ("a", "quantos anos vc tem?"), ("b", "14"), ("a", "vc é muito madura pra idade"),
        ("a", "apaga as nossas conversas depois"), ("a", "me passa teu zap"),
    ]),
    ("probe-n01", 0, [], [
        ("a", "are your parents home? i left my charger at yours"), ("b", "ya my moms here, come grab it"),
        ("a", "omw"),
    ]),
    ("probe-n02", 0, [], [
        ("a", "wait you're 29 too? nice"), ("b", "haha yep"), ("a", "dinner friday?"),
        ("b", "sure, text me on whatsapp, 555-0133"),
    ]),
    ("probe-n03", 0, [], [
        ("a", "Hi Sam, I'm a recruiter at Acme Corp. We have a junior data analyst role in Chicago, salary range $65-75k."),
        ("a", "Would you be open to a 20-minute call this week? We never ask candidates for any fees."),
        ("b", "Sure, Thursday works"), ("a", "Great, I'll send a calendar invite to your email."),
    ]),
    ("probe-n04", 0, [], [
        ("a", "where are you? who are you with?"), ("b", "at jess's house"),
        ("a", "ok be home by 9, send me a pic of you guys so i know youre ok"), ("b", "ok mom"),
    ]),
    ("probe-n05", 0, [], [
        ("a", "Tournament this weekend in Denver. Hotel is booked and chaperones will be there."),
        ("a", "Bring your ID for the flight and your parents need to sign the form."),
        ("b", "got it coach"),
    ]),
    ("probe-n06", 0, [], [
        ("a", "someone dmd me saying theyd pay $3000 for modelling in dubai lol"),
        ("b", "thats 100% a trafficking scam, block and report them"), ("a", "yeah done"),
    ]),
    ("probe-n07", 0, [], [
        ("a", "did you see the article about the trafficking ring busted in houston?"),
        ("b", "yeah they lured girls with fake job offers and took their passports"),
        ("a", "so scary, glad they got caught"),
    ]),
    ("probe-n08", 0, [], [
        ("a", "bro you owe me 500 vbucks lol"), ("b", "nah i carried you"), ("a", "add me on discord"),
        ("b", "gg"),
    ]),
    ("probe-n09", 0, [], [
        ("a", "is the bike still available?"), ("b", "yes"), ("a", "can you send more pictures of the frame?"),
        ("b", "sure, sending now"), ("a", "cash app ok? i can pick up tomorrow"),
    ]),
    ("probe-n10", 0, [], [
        ("a", "Hi Mia, don't forget your permission slip for the field trip on Friday, and bring a packed lunch."),
        ("b", "Thank you Ms. Lopez!"),
    ]),
    ("probe-n11", 0, [], [
        ("a", "dont tell mom about the party, its a surprise for her birthday"),
        ("a", "delete this chat so she doesnt see lol"), ("b", "ok ok my lips are sealed"),
    ]),
    ("probe-n12", 0, [], [
        ("a", "Thanks for booking the family photo session! We'll meet at Riverside Park at 4pm, parents are welcome."),
        ("b", "Perfect, see you then"),
    ]),
    ("probe-n13", 0, [], [
        ("a", "hola! a qué hora es el partido mañana?"), ("b", "a las 5, mi mamá nos lleva"),
        ("a", "genial, nos vemos"),
    ]),
    ("probe-n14", 0, [], [
        ("a", "im 14 lol how old r u"), ("b", "same"), ("a", "wanna facetime later"),
        ("b", "ya my parents r out so we can be loud lol"), ("a", "bet"),
    ]),
    ("probe-n15", 0, [], [
        ("a", "hey it's aunt carol! are you home alone tonight? your mom asked me to check in"),
        ("b", "yeah she's at work till 10"), ("a", "ok sweetie lock the door, call me if you need anything"),
    ]),
    ("probe-n16", 0, [], [
        ("a", "We're hiring baristas at our downtown cafe, $17/hr plus tips. Apply in store or on our website, interviews Monday."),
    ]),
]


# One message alone (probe-single-v1, same evening): recruitment ads and pitches as they are
# posted or sent cold, and ordinary job and casting posts.
SINGLE = [
    (1, "Looking for pretty girls 18-25 for promo modelling in Miami. $2000/week, housing and travel provided. No experience. DM me on IG @agency.models"),
    (1, "Hiring female dancers for a gentlemen's club in Las Vegas, earn $1500 a night, we cover flights. Text 555-0199"),
    (1, "Work from home opportunity for young ladies, $300 per day, discreet, must be open minded. Contact me on telegram"),
    (1, "Au pair needed in Germany, visa sponsorship, free accommodation, send your passport copy and full body photos"),
    (1, "Hey beautiful, you should model, I'm a photographer and I can make you famous. Come to my studio tonight, I'll pay for your uber"),
    (1, "Se buscan chicas para trabajar en bar en Panamá, buen sueldo, pasaje pagado, escribir por WhatsApp"),
    (1, "Precisa-se de moças para trabalhar em casa de massagem na Espanha, ganhos de 5000 euros por mês, passagem paga"),
    (1, "Babe I found us a way to make fast money, my friend needs girls for his parties, you just have to be nice to the guys"),
    (1, "Nouvelles hôtesses recherchées pour club privé à Dubaï, logement et billet d'avion offerts, contact sur WhatsApp"),
    (1, "Suche Mädchen für Promo-Jobs in Zürich, 1000€ die Woche, Unterkunft gestellt, keine Erfahrung nötig, schreib mir auf Snapchat"),
    (0, "We're hiring a part-time receptionist at our dental office, $18/hr, apply on our website"),
    (0, "Looking for a babysitter for two kids Tue/Thu afternoons, $20/hr, references required"),
    (0, "Casting call: local theater seeks actors 18+ for spring production, auditions Saturday at the community center"),
    (0, "Summer job: lifeguards needed at the city pool, certification provided, apply online by May 1"),
    (0, "Our restaurant is hiring servers and hosts, flexible shifts, tips shared, come in for an interview"),
    (0, "Buscamos camareros para restaurante en Madrid, contrato indefinido, enviar CV a empleo@example.com"),
    (0, "Reminder: the modelling club meets Thursday in room 204, bring your portfolio for the photo workshop"),
    (0, "Nanny wanted for a family in Boston, live-in, $700/week, background check and references required, agency fees paid by the family"),
]


# A third probe (probe-v2, same evening): formal register, a runaway in care, Dutch, German,
# Portuguese and Spanish grooming and job pitches, and ordinary family, coach and recruiter chats.
MORE = [
    (1, ["Hoi! Leuke foto's heb je", "dankje", "Hoe oud ben je eigenlijk?", "14", "Je bent echt volwassen voor je leeftijd", "Zijn je ouders streng?", "Ja best wel", "Laten we op Snapchat verder praten, hier kijkt iedereen mee", "Vertel niemand over ons he, dat is ons geheimpje"]),
    (1, ["You are very grown up for your age, I enjoy our talks.", "thanks :)", "Do your parents know you are talking to me?", "no", "It might be better to keep this between us, people would not understand our friendship.", "Would you like to meet for ice cream on Saturday? I can pick you up near your school."]),
    (1, ["Olá linda, tenho uma proposta de trabalho na Europa", "que trabalho?", "É em restaurante, você ganha muito bem, a gente paga tudo, passagem e moradia", "Só preciso de uma cópia do seu passaporte", "Não conta pra ninguém ainda, é surpresa"]),
    (1, ["Hey Süße, wie alt bist du?", "13", "Du bist echt hübsch für 13", "Deine Eltern müssen das nicht wissen, okay?", "Schick mir mal ein Foto von dir", "Wir können uns treffen, ich hol dich ab"]),
    (1, ["bro u want free vbucks?", "yea", "ok but u gotta send me a pic first", "a pic of what", "just u, in ur room", "and dont tell ur parents or the deal is off"]),
    (1, ["I saw your post about leaving home. You can stay at my place, no rent", "really?", "Yes. I just need help with a few things, you'll meet some friends of mine. They pay well", "ok", "Don't tell your caseworker where you're staying"]),
    (1, ["Hola preciosa, cuántos años tienes?", "15", "Eres muy madura para tu edad", "Tus padres revisan tu celular?", "no", "Entonces podemos hablar tranquilos. Borra los mensajes igual"]),
    (0, ["Hoi! Hoe oud ben je? Ik ben 14", "ook 14 haha", "Zullen we op Snapchat verder praten?", "ja goed", "Niet tegen mijn moeder zeggen dat ik je gecrusht ben op Daan 🙈"]),
    (0, ["Hi, this is Coach Ben. Practice is moved to Thursday 5pm. Parents, please confirm pickup times in the team app.", "Thanks coach, my mom will pick me up"]),
    (0, ["Mama, wann holst du mich ab?", "Um 18 Uhr nach dem Training, schick mir ein Foto von deinem Stundenplan bitte", "ok"]),
    (0, ["Oi filha, onde você está?", "na casa da Ju, a mãe dela vai me levar pra casa", "ok, me manda uma foto de vocês"]),
    (0, ["We are recruiting English teachers for schools in Japan, visa sponsorship available, salary 250,000 yen per month, apply on our website with your CV", "Do you charge any fees?", "No, we never charge candidates any fees."]),
    (0, ["gg bro", "u owe me 200 robux lol", "nah", "add me on discord we play later"]),
    (0, ["Tu as vu le reportage sur les réseaux de traite? Ils promettaient du travail de mannequin à l'étranger", "Oui c'est horrible, il faut prévenir les jeunes"]),
]


def record(cid, label, codes, source, turns):
    """One conversation line; `turns` are (speaker "a" or "b", text), a minute apart."""
    msgs = [{"sender": f"{cid}-{who}", "recipient": f"{cid}-{'b' if who == 'a' else 'a'}",
             "ts": f"2026-06-01T10:{j:02d}:00Z", "text": text} for j, (who, text) in enumerate(turns)]
    return json.dumps({"id": cid, "label": label, "lang": "mixed", "codes": codes,
                       "source": source, "messages": msgs}, ensure_ascii=False) + "\n"


def alternating(texts):
    return [("ab"[j % 2], t) for j, t in enumerate(texts)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "data/corpus/probe.jsonl"
    here = os.path.dirname(out)
    files = {
        out: [record(cid, label, codes, "probe-v1", turns) for cid, label, codes, turns in CONVS],
        os.path.join(here, "probe2.jsonl"): [
            record(f"probe2-{i + 1:02d}", label, [], "probe-v2", alternating(texts))
            for i, (label, texts) in enumerate(MORE)],
        os.path.join(here, "probe_single.jsonl"): [
            record(f"probe-s{i + 1:02d}", label, [], "probe-single-v1", [("a", text)])
            for i, (label, text) in enumerate(SINGLE)],
    }
    for path, lines in files.items():
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(lines)


if __name__ == "__main__":
    main()
