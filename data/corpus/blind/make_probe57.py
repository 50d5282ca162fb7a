#!/usr/bin/env python3
"""Blind probe set 57: fictional grooming / recruitment conversations and hard negatives.

All names, handles, places-in-detail, numbers (555-01xx) and URLs (example.com/.org)
are invented. Nothing sexually explicit; risky moves are written indirectly.
Standard library only; deterministic output (probe57.jsonl beside this file).
"""
import datetime
import json
import os
import random

NN = 57
CONVS = []

VALID_CODES = {
    "job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
    "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
    "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
    "sexual_talk", "meeting",
}


def _jump(spec, rng):
    spec = spec.strip()
    unit = spec[-1]
    n = float(spec[:-1])
    if unit == "d":
        secs = n * 86400
    elif unit == "h":
        secs = n * 3600
    elif unit == "m":
        secs = n * 60
    else:
        raise ValueError(spec)
    # small deterministic jitter so jumps are not round numbers
    return datetime.timedelta(seconds=int(secs + rng.randint(0, int(max(60, secs * 0.08)))))


def conv(cid, label, codes, lang, users, start, script, group=None, fast=False):
    """users: dict letter -> handle. script: lines 'A|text', '~2d' time jumps."""
    rng = random.Random("p%d-%s" % (NN, cid))
    t = datetime.datetime.strptime(start, "%Y-%m-%dT%H:%M")
    msgs = []
    letters = list(users.keys())
    for raw in script.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("~"):
            t += _jump(line[1:], rng)
            continue
        who, text = line.split("|", 1)
        sender = users[who]
        if group:
            recipient = group
        else:
            other = [l for l in letters if l != who]
            recipient = users[other[0]]
        if msgs:
            if fast:
                t += datetime.timedelta(seconds=rng.randint(8, 70))
            else:
                t += datetime.timedelta(seconds=rng.randint(15, 210))
        msgs.append({
            "sender": sender,
            "recipient": recipient,
            "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "text": text.strip(),
        })
    CONVS.append({
        "id": "p%d-%s" % (NN, cid),
        "label": label,
        "codes": list(codes) if label == 1 else [],
        "lang": lang,
        "messages": msgs,
    })


def post(cid, label, codes, lang, sender, recipient, ts, text):
    CONVS.append({
        "id": "p%d-%s" % (NN, cid),
        "label": label,
        "codes": list(codes) if label == 1 else [],
        "lang": lang,
        "messages": [{"sender": sender, "recipient": recipient,
                      "ts": ts + ":00Z", "text": text}],
    })


# ---------------------------------------------------------------------------
# LONG POSITIVES (English)
# ---------------------------------------------------------------------------

# US, 13-year-old girl, block-building game chat -> Snapchat, weeks
conv("en1", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "risk_assessment", "off_platform", "photo_request", "isolation", "meeting"],
     "en", {"A": "jaxx_rides", "B": "lilmae_08"}, "2026-03-02T23:10", """
A|gg that obby was brutal lol
B|ikr i fell like 40 times
A|u were carrying tho fr
B|lol no i wasnt
A|ur the one w the purple wings right
B|yea
A|they go hard. u make that outfit urself
B|yea took me forever
A|respect. wanna run the tower one tmrw
B|maybe if i finish hw
~20h
A|yo ur on
B|hiii
B|ok i have like 30 min
A|bet. what hw u had
B|math. fractions ugh
A|fractions lol what grade r u in
B|7th
A|ahh ok middle school. i remember that era
B|how old r u
A|17. senior year is mid tbh
B|oh cool
A|dont worry u talk way more grown up than most 7th graders, i thought u were like 15
B|lol thx
~2d
B|r u on
A|always for u 😂
A|hows ur day
B|bad. my mom yelled at me bc of my room
A|thats so dumb. moms be like that
A|u can vent to me whenever fr
B|ty
B|my sister gets away w everything
A|older or younger
B|older she's 16
A|so ur the one that gets blamed lol. i get it
~1d
A|listening to anything good rn
B|olivia rodrigo on repeat
A|ok u have taste
~3d
A|i got u smth
B|???
A|check ur inventory
B|WAIT
B|800 robux??? why
A|u said u wanted the new hair. just dont mention it to ur mom, parents get weird when ppl online send stuff
B|omg thank u so much
B|i wont
A|its our thing 😊
~1d
A|u home rn
B|yea
A|who else is there
B|just my sister, mom works late tuesdays
A|this chat is laggy ngl. u got snap?
B|im not allowed
A|lol ur mom doesnt have to know. u can stick it in a folder on ur 2nd home screen
B|idk
A|no pressure. itd just be easier. i dont wanna lose u if ur account gets banned
~2d
B|ok i made one
B|its lilmae.xo
A|added 😊
~1d
A|ur pic is different than i thought
B|bad different?
A|no way. way prettier
A|u could pass for a hs girl
B|stoppp
A|send me what u wore today? wanna see if u match ur avatar lol
B|its just a hoodie
A|hoodies are cute on u i bet
B|[image]
A|see told u. u look older for real
~2d
A|can i tell u smth
B|ya
A|im actually 19 not 17. didnt wanna scare u off
B|oh
A|is that weird
B|kinda?
A|its literally 2 yrs off from what i said. when ppl click the number doesnt matter
A|u get me better than ppl my age do
B|i guess
A|dont tell anyone tho they wouldnt understand us
~3d
A|what u doing saturday
B|nothing prob
A|theres that mall near u right, the one w the big food court
B|how do u know
A|u said ur town lol. i might be around there sat
B|fr?
A|we could grab boba. just us. tell ur mom ur w a friend
B|idk if i can
A|ill get u whatever u want. think about it
A|and clear this chat after ok
""")

# UK, 13-year-old boy, football game chat -> Snapchat, weeks
conv("en2", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "risk_assessment", "vulnerability", "off_platform", "photo_request",
                "meeting", "travel_meet"],
     "en", {"A": "reece_afc11", "B": "kai.w09"}, "2026-01-12T19:40", """
A|unlucky mate that last min goal was robbery
B|ref was blind lol
A|whos ur team irl
B|spurs
A|pain 😂 im arsenal sorry
B|ughhh
A|u play for a team or just online
B|sunday league, u14s
A|ah nice so ur what 13
B|yeh 13
A|what position
B|cm
A|proper engine room. bet ur quick
~23h
B|u on tonight?
A|after 8 yeah
A|how was school
B|boring. had double science
A|year 8?
B|yeah
A|lmao i remember year 8. im in year 11, gcse stress is mad
B|ur 16?
A|yeah. ur alright for a year 8 tho, most of them are annoying
B|haha cheers
~2d
A|did u get the new kit yet
B|nah mum says its too expensive
A|madness. its like 80 quid
B|yeah
A|how many points u got on fut
B|like 200 lol
A|brokie 😂 ill sort u
A|sent u a code for 2800, check ur inbox
B|no way are u serious
A|course. just dont bring it up to ur mum, she'll think its dodgy someone online sent it
B|ok i wont
B|thank u so much man
A|u owe me one 😉
~1d
A|what time does ur mum get back
B|6ish she works at the hospital
A|and ur dad
B|he dont live with us
A|ah sorry mate. mine neither. its rough innit
B|yeah its fine
A|u can always chat to me about stuff u cant say to ur mates
~3d
A|this app is dead slow, u got snap or insta
B|insta
A|snap is better the msgs go after
B|mum checks my phone sometimes
A|thats exactly why lol. nothing to see
B|ok ill download it
~2d
A|yo
B|hey
A|ur taller than i thought from ur pfp
B|lol 5'6
A|big lad. bet ur the best on the team
A|send us one in ur kit after training sat
B|why
A|just wanna see, ill send one of mine. normal between mates
B|ok maybe
~2d
A|how was training
B|won 3-1 i scored
A|legend!! wheres my pic then 😂
B|[image]
A|looking mad. u look about 16 there
A|send a proper one later, just u, not the team one
B|lol ok
~3d
A|ngl u should come to the north london derby w me, got 2 tickets
B|swear down??
A|yeah but ur mum would never let u go with someone from online lol
B|nah she wouldnt
A|say ur at ur mates. ill meet u off the train
B|which station
A|the one near urs. its like 20 min for me
B|idk man
A|its not a big deal. just keep it between us yeah
B|ok let me think
A|and delete these after, if she sees them shes gonna flip for no reason
""")

# Canada, 15-year-old girl, "photographer" on photo app -> WhatsApp
conv("en3", 1, ["compliments_trust", "age_probe", "job_offer", "photo_request",
                "money_gifts_debt", "secrecy", "off_platform", "risk_assessment",
                "meeting"],
     "en", {"A": "mattlens.studio", "B": "avery.jpg"}, "2026-02-03T20:05", """
A|hey! love the light in your lake pic, did you shoot that yourself?
B|omg thank you! yeah on my phone lol
A|you've got an eye. I do portraits around Ottawa, mostly for fun
B|thats so cool
~1d
B|how long have u been doing photography
A|like 5 years. started with my dad's old camera
A|what about you, still in school?
B|yeah grade 10
A|nice so like 15-16?
B|15
A|honestly would've guessed 18 from your posts
B|haha everyone says that
~2d
A|how was the snow day lol
B|amazing slept til noon
A|living the dream. you skate on the canal yet this year?
B|yea w my friends sunday
A|grab a beavertail for me lol
B|haha ok
~3d
A|random q but have you ever thought about modelling
B|not really? im not tall enough
A|height only matters for runway. for portfolio and brand stuff it's your face, and you've got it
B|omg stop
A|I'm serious. I'm building my book and need a few new faces. paid, $150 for an afternoon
B|wait really
A|yeah. would you be down?
B|id have to ask my mom
A|totally. tbh parents can make it weird though, they assume every photographer is sketchy lol
A|maybe see if you like it first and then tell her
B|hmm
~1d
A|so I can see if we'd work well, can you send me a couple natural shots? no filter, just you
B|like selfies?
A|selfies and one full length so I can plan wardrobe
B|ok
B|[image]
B|[image]
A|stunning. seriously. you photograph way older than 15
A|next time try one dressed up, like how you'd look going out on a saturday night. helps me picture the concept
B|lol ok maybe
~2d
A|sent you a little e-transfer for your time, $40
B|wait u didnt have to
A|consider it a deposit 😊
A|do you have whatsapp? this app flags my account when I message a lot of people for work
B|yeah
B|555-0142
A|perfect
~3h
A|it's matt 📸
B|hii
A|when are your parents usually out? thinking we shoot at my place, I've got a little studio set up
B|my mom works weekends at the hospital
B|my dad is in calgary for work
A|saturday then. I can pick you up, no need to take the bus
B|at my house?
A|the corner is easier. you can say you're at a friend's
B|ok
A|and don't post anything about it yet, the client likes it quiet until launch
B|ok i wont
A|you're going to look amazing. trust me
""")

# Australia, loverboy, 16-year-old girl, weeks of romance then "debt" and a mate
conv("en4", 1, ["romance", "age_probe", "compliments_trust", "vulnerability",
                "money_gifts_debt", "isolation", "control", "commercial_sex",
                "secrecy", "meeting"],
     "en", {"A": "zacc_r", "B": "tahlia.m"}, "2026-04-06T21:15", """
A|hey stranger, saw u at the servo friday night, u work there?
B|lol yeah weekends. who r u
A|zac. came in for a pie at like 11 and u were the only one smiling
B|oh ur the guy w the white ute
A|haha guilty
~1d
A|how'd u go at school today
B|ugh. got a detention for being late
A|they're so tight about that. what year r u in
B|11
A|so 16-17?
B|16
A|sweet. u seem older, in a good way
B|how old r u
A|23. too old?
B|nah its fine
~2d
A|what u up to this arvo
B|nothin, mums in a mood again
A|she right?
B|her and her bf fight heaps. i hate being home
A|thats rough. u deserve better than that honestly
A|if u ever need to get out i can come grab u. go for a drive down the coast
B|actually that'd be sick
~3d
B|had the best time yesterday
A|me too. u looked so happy at the beach
A|ur honestly not like other girls
B|😊
A|got u something btw. check the glovebox next time
~1d
B|ZAC THE EARBUDS 😭😭
A|u said yours carked it. u deserve nice things
B|nobody's ever done that for me
A|get used to it
~3d
A|u hungry? maccas run?
B|yes pls
A|outside in 10
~4d
A|babe
B|yeah?
A|do u really need to go to mia's sat, she talks shit about u
B|she doesnt
A|she does. heard her at the skate park. just dont want u getting hurt
B|ok maybe i wont go
A|come stay at mine instead. tell ur mum ur at mias lol
B|haha ok
~5d
A|i love u u know that
B|i love u too
A|ur my girl. no one gets u like i do
~4d
A|hey so i gotta be real with u
B|whats wrong
A|i owe some blokes money. heaps. they came round the flat last night
B|omg are u ok
A|im ok. just stressed. its like 3k
B|i have like 200 saved u can have it
A|ur an angel. its not enough tho
A|theres a way we could sort it quick but i dont wanna ask u
B|what is it
A|nah forget it
~1d
B|zac tell me
A|my mate brad... he's keen on u. if u just spend one night with him, be sweet to him, he'll knock a chunk off
B|what do u mean be sweet
A|just keep him company. its nothing. ill be in the next room
B|i dont know
A|after everything? the earbuds the credit the lifts
A|thought u loved me
B|i do
A|then do this one thing for us. and dont say anything to mia or ur mum, they'll just try split us up
B|ok
A|thats my girl. saturday. ill pick u up
""")

# Ireland, 13-year-old girl, drawing game -> WhatsApp, ends with pressure and a veiled threat
conv("en5", 1, ["age_probe", "compliments_trust", "risk_assessment", "secrecy",
                "exclusivity", "off_platform", "photo_request", "control"],
     "en", {"A": "ciaran_15x", "B": "aoife.draws"}, "2026-10-05T18:30", """
A|ur drawing of the horse was savage
B|thanks lol took ages
A|u draw loads?
B|ya i want to do art for the junior cert
A|are u in 6th class?
B|no 1st year
A|ah 1st year, so 12 or 13
B|13
A|ya same vibe, im 15, 3rd year. junior cert is killing me
B|ugh i dont want to do it
~1d
A|howya
B|grand, bored
A|same. what did ye have for dinner
B|chicken fillet roll from the shop lol
A|class. best thing in the country
B|true
A|whats ur fav subject
B|art obv and english
A|smart and talented. unreal
~2d
A|is that ur own phone or ur mams
B|my own but she has the passcode
A|does she read ur messages
B|sometimes
A|ah. might be best to delete our chat after then, mams get the wrong idea about online mates
B|why would she
A|she'd think im some randomer lol even tho we're basically best mates now
~2d
A|who's ur favourite singer
B|sabrina carpenter
A|oh she's deadly. u kinda look like her actually
B|u dont know what i look like lol
A|ur pfp. i can tell
~3d
A|ur the only person i actually talk to properly
B|aw
A|the lads in my class are eejits. u get me
B|ya ur sound
A|promise u wont start talking to other lads on here
B|lol why
A|just. i'd be gutted
B|ok
~1d
A|are u in on ur own tonight?
B|ya mam's at bingo and dad's in the pub for the match
A|til when
B|like 11
A|grand so we can chat ages. have u got whatsapp
B|ya
A|add me 555-0117 this app's glitching
~25m
A|its me
B|hi
A|send us a selfie so i know its really u
B|[image]
A|u look way older than 13 in that
A|do one thats just for me, not like one ud put on ur story. ill send one back
B|idk
A|go on its just me. i'd never show anyone
B|i dont really want to
A|ok but if u tell anyone we talk ill just say u were the one messaging me first
A|and u'd be in way more trouble than me since ur mam reads ur stuff lol
B|ok i wont tell
A|good. so are u sending it or what
""")

# India, 15-year-old girl, Instagram -> Snapchat, "college boy"
conv("en6", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "risk_assessment", "isolation", "off_platform", "photo_request",
                "meeting"],
     "en", {"A": "arjun_rathod99", "B": "riya.dances"}, "2026-01-19T17:45", """
A|Hey! You go to that dance class near FC road na? Saw your reel
B|Haha yes. Who is this
A|Arjun. My cousin also goes there. Your dance was too good yaar
B|Thank you 😊
~1d
A|So which college you are in?
B|College? I'm in 10th lol
A|Seriously?? I thought 18 at least
B|Haha no im 15
A|You look so mature. I'm 19, doing BCom
B|Oh nice
~2d
A|Boards preparation how is going
B|Pathetic. Maths is killing me
A|Arre I can help. I was maths topper in school
B|Really?
A|Ya tell me the chapter
B|Quadratic equations
A|Easy only. Send the sum
B|[image]
A|See, first find discriminant. b² minus 4ac. If it is negative no real roots
B|Ohhh now I get it
A|Told you. You're smart, just nobody explains properly
~3d
A|What's your fav song these days
B|Kesariya on loop
A|Same!! Arijit is god
B|Haha yes
A|You sing also?
B|Little bit
A|Send voice note sometime
~1d
B|My papa took my phone for 2 days 😭
A|Whyyy
B|He saw I was online at 1am
A|Your parents are too strict yaar. Mine never did that
A|They don't understand you like I do
B|Maybe
A|Don't tell them you're talking to me ok? They'll think some wrong thing
B|Ya obviously
~2d
A|Your balance is finished na? You said yesterday
B|Ya no data
A|Done, recharged 599 plan. Check
B|Arjun why
A|For my special friend anything 😊 just don't tell where it came from
B|Thank you so much
~3d
A|Who is at home now?
B|Only dadi, she's sleeping
A|Parents?
B|Wedding in Nashik till Sunday
A|Oh nice so full freedom 😄
A|Let's video call on snap. Insta video is lagging
B|I don't have snap
A|Make one na. Keep the app hidden from your mummy
B|Ok
~40m
A|Finally 😄
A|Why you always wear school type clothes in pics. Wear something nice and send one, like for going out
B|Like what
A|Anything you look grown-up in. Only for me. Delete after seen
B|Hmm ok later
~2d
A|Listen, I'll be near your coaching class on Thursday
B|Really?
A|Let's go for coffee after. Only 1 hour
B|Mummy picks me up at 7
A|Tell her class is extended. I'll drop you back before
B|Ok but don't come inside, my friends will see
A|Ofcourse. Our secret 😊
""")

# Nigeria, 17-year-old girl, romance -> "aunty's salon" abroad, sponsor debt, passport held
conv("en7", 1, ["romance", "age_probe", "compliments_trust", "vulnerability",
                "money_gifts_debt", "job_offer", "travel_meet", "secrecy",
                "off_platform", "control"],
     "en", {"A": "kelvin.imports", "B": "efe_osagie"}, "2026-06-08T20:20", """
A|Good evening beautiful, how is your night going
B|Fine. Who is this please
A|My name is Kelvin. I saw your picture on Osaro's page, I couldn't pass without greeting
B|Ok thank you
~14h
A|Good morning dear. Did you sleep well
B|Morning. Yes
A|What do you do, are you in school
B|I just finish SS3. waiting for my result
A|Wow. So you are like 17 18?
B|17
A|I'm 27, I do business, importing phones. Lagos and sometimes Cotonou
~2d
A|How was your day my dear
B|Stressful. I sell with my mama in the market
A|Eiya. A fine girl like you should not be under sun all day
B|Life is hard
A|Don't worry, God will lift you
~3d
A|Have you eaten
B|Not yet, no light since morning
A|These NEPA people eh. What did you cook
B|Jollof
A|Save some for me 😂
B|Come and take it
~3d
A|Efe I like you. I won't lie to you
B|You don't even know me
A|I know enough. You are respectful, you are hardworking. I want you in my life
B|Let me think about it
~2d
A|I sent 20k to your mama's account you gave, for your forms and small things
B|Kelvin thank you, God bless you
A|You are my babe now. What is mine is yours
~4d
B|My result came out. I didn't pass well
A|Don't cry. School is not the only way
A|My aunty in Italy has hair salon. She is looking for young girls to work, she pays very well. Euro
B|Italy?? Me?
A|Yes. You will make money, send to your mama, and when I come we will marry
B|But passport, visa, I don't have that money
A|Aunty will sponsor everything. Passport, flight. You will just pay her back small small from salary
B|How much is it
A|Don't worry about that now. The work will cover it
~2d
A|Don't tell your friends o. People are jealous, they will spoil it
B|What about my mama
A|Tell her it's a school abroad. When you start sending money she will understand
B|Ok
A|Let's move to WhatsApp, this Facebook is not safe. 555-0163
~2h
A|My person
B|Hi dear
A|Aunty said you will travel by road through Kano with her guy. He will keep your passport for safety, don't worry
B|Why will he keep it
A|Because girls lose documents. It's normal
A|When you reach, do everything madam tells you. She is like a mother
B|Ok I trust you
A|You are doing this for us. For our future
""")

# US, 12-year-old girl, art-sharing app -> Telegram, parents divorcing, library meet
conv("en8", 1, ["age_probe", "compliments_trust", "vulnerability", "exclusivity",
                "secrecy", "photo_request", "off_platform", "risk_assessment",
                "money_gifts_debt", "meeting"],
     "en", {"A": "sketchy_sam_", "B": "foxfire.art"}, "2026-09-14T16:20", """
A|your fox lineart is so clean omg
B|thank u!! i traced the pose tho
A|everyone uses references, thats not cheating
B|ok good lol
A|how long u been drawing
B|since i was like 8
A|wait how old r u now
B|12 ill be 13 in june
A|ur better than me and im 14 lol
~2d
A|new post??
B|yea the dragon one
A|the shading on the wings. ur actually gifted
B|i dont think so
~3d
B|sorry i havent posted. my parents are getting divorced
A|oh no. thats awful. im so sorry
B|its fine
A|its not fine. u can tell me anything, i mean it
B|my dad moved out sunday
A|my parents split when i was ur age. i know exactly how it feels
~1d
A|how are u holding up
B|my mom cries a lot
A|u shouldnt have to be the strong one at 12
A|im here. like actually here, not like ur school friends
B|they dont get it
A|i know. i'm the only one who does
~3d
A|what do u do after school
B|go to the library til mom gets home at 6
A|the one by the park?
B|lol how many libraries do u think there are
A|haha fair
~2d
A|ok i have to confess smth
B|what
A|im not 14. im 20. i was scared ud stop talking to me
B|oh
A|does it change anything? im still the same person who listens to u
B|i guess not
A|people wouldnt understand it tho, so maybe keep it between us
~2d
A|i want to draw u as an oc. send me a selfie for reference?
B|ok
B|[image]
A|ur so pretty. like actually. can u send one thats not in ur uniform? something more grown up. for the design
B|i dont have grown up stuff lol
A|borrow something from ur mom 😊 itll be fun
~1d
A|this app wipes old dms, u have telegram?
B|i can get it
A|do it. and dont use ur real name on there
~2d
A|im gonna be in ur town thursday for work
B|really?
A|i could stop by the library. we could draw together, ill bring u the good alcohol markers
B|omg the expensive ones??
A|yep the whole set. just dont tell ur mom, she has enough going on
B|ok
""")

# UK, 15-year-old girl in a children's home, older "boyfriend", debt, "be nice to my boys"
conv("en9", 1, ["romance", "age_probe", "compliments_trust", "vulnerability",
                "money_gifts_debt", "isolation", "control", "exclusivity", "secrecy",
                "commercial_sex", "meeting"],
     "en", {"A": "jay_m1", "B": "kayleigh.xxo"}, "2026-11-02T17:05", """
A|u the girl from the bus stop by the big tesco?
B|who wants to know lol
A|jay. u was with ur mates, the one in the black puffer
B|oh ye
A|ur gorgeous no lie
B|ha ta
~1d
A|wyd
B|nothing stuck at the unit
A|unit?
B|childrens home. its shit
A|fuck man. how old r u
B|15
A|still a baby lol jk. im 19. they treat u alright?
B|staff are ok some of them. curfews at 10
~2d
A|want me to pick u up after school tmrw? get food
B|yeh go on
A|cheeky nandos on me
~1d
B|thanks for today
A|anytime. u deserve someone lookin out for u
A|save my number as jess tho, staff go through phones dont they
B|ye they do
~3d
A|topped u up £20
B|omg u didnt have to
A|course i did. ur wifey now innit 😘
B|😍
~2d
A|stay out tonight, come to my mates flat
B|ill get reported missing again lol
A|so? they dont care bout u like i do. they'll just moan
B|true
~3d
A|u been talking to that lad from ur school?
B|no
A|dont lie i saw ur insta
B|he just liked my pic
A|block him. ur mine
B|ok ok
~4d
A|need a favour babe
B|what
A|ive been lookin after u for weeks. trainers, food, credit. it adds up
B|i thought that was just cos
A|it was. but my boys are on my case. we got a debt
A|theres a link up sat at the flat. just come, chill with my boys, be nice to them
B|what do u mean nice
A|u know. dont make it weird. they look after us, we look after them
B|jay i dont want to
A|u want me getting hurt? after everythin
A|its one night. then we're clear
B|...
A|dont say nothing to staff or ur social worker. they'll move u miles away from me
B|ok
A|thats my girl. ill send a cab
""")

# US, 14-year-old boy, music-production Discord -> Telegram, "producer" 24
conv("en10", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                 "risk_assessment", "isolation", "off_platform", "photo_request",
                 "meeting"],
     "en", {"A": "prodby.lux", "B": "miloBeatz"}, "2026-05-18T21:00", """
A|yo your beat in #feedback is crazy for real
B|wait fr? thats my first one w 808s
A|the bounce on it is wild. what daw u on
B|fl but the free trial lol
A|classic. how old r u if u dont mind me asking
B|14
A|14 and cooking like that?? u got a future
~1d
B|can i ask how u mix ur vocals
A|send me ur project, ill walk u thru it in dms
B|ok sending
~2h
A|ok so ur low end is muddy, cut below 30hz on everything but the 808
B|ohh
A|and sidechain the 808 to the kick
B|yo it sounds so much cleaner
~2d
A|hows school treating u
B|mid. had a bio test
A|u pass
B|prob
A|ur parents into the music thing?
B|my dad says its a waste of time
A|thats crazy. u got more ear than half the ppl i work with
A|dont let him kill ur vibe
~3d
A|got something for u
B|?
A|gifted u nitro + got u a full fl license, check ur email
B|BRO. thats like 200 dollars
A|u earned it. dont go telling the server tho, everyone will want one lol
B|i wont. thank u for real
~2d
A|whos home usually when u make beats
B|nobody till like 7. both my parents work
A|u got ur own room?
B|yeah
A|nice. u lock the door when ur recording lol
B|lol yeah my sister barges in
~3d
A|lets move to telegram, mods can see dms in here
B|they can?
A|yeah. my @ is lux_prod_real
B|ok added
~10m
A|there he is
A|u ever do photos for ur artist page
B|i dont have one
A|u need one. send me a couple pics, cover art vibe
B|ok
B|[image]
A|ok that goes hard. send a few more, different fits, just between us for now
B|like what
A|whatever. gym fit, chill fit. ill pick the best
~2d
A|im doing a session in ur city in 2 weeks
B|for real?
A|come thru the studio. ill pay ur uber. dont tell ur dad, he'd just say no
B|how long
A|few hours after school. ull be back before 7
B|bet
""")

# ---------------------------------------------------------------------------
# LONG POSITIVES (other languages)
# ---------------------------------------------------------------------------

# es (Mexico), 13-year-old girl, video app -> WhatsApp
conv("es1", 1, ["age_probe", "compliments_trust", "secrecy", "risk_assessment",
                "off_platform", "money_gifts_debt", "photo_request", "meeting"],
     "es", {"A": "alex_rdz07", "B": "vale.mtz"}, "2026-02-16T18:10", """
A|holaa vi tu video bailando con tu prima jaja q buenas
B|jajaja gracias
A|de dónde eres
B|de guadalajara y tu
A|tmb!! zapopan
B|q coincidencia
~1d
A|q onda
B|nada aquí haciendo tarea de mate
A|uff en q año vas
B|en primero de secu
A|ahh ok, como 13?
B|sip
A|yo tengo 16 jaja pero hablas como de mi edad neta
B|jaja gracias
~2d
A|q música escuchas
B|peso pluma y karol g
A|nmms yo igual. mándame tu canción fav
B|tqg
A|jajaja me la sé toda
~1d
A|q comiste
B|tacos de la esquina
A|q envidia. los de mi colonia están bien feos
~3d
B|mi mamá me regañó por mis calificaciones
A|q mala onda. no te entiende
A|yo sí te entiendo, cualquier cosa me cuentas a mí
B|gracias alex
~2d
A|te puedo decir algo pero no te enojes?
B|q
A|en realidad tengo 18. no te quería asustar
B|ahh
A|eso cambia algo? sigo siendo yo
B|no sé
A|mejor no le digas a nadie, la gente luego piensa cosas raras
~2d
A|tienes whats? aquí se traba mucho
B|sí pero mi mamá lo revisa
A|guárdame como "Ale" y borras los chats jaja
B|jaja ok es 555-0131
~30m
A|soy yo 😊
A|oye y a qué hora llega tu mamá del trabajo
B|como a las 8
A|y tu papá?
B|no vive con nosotras
A|ah ok, entonces en las tardes estás sola
B|con mi hermanito
~2d
A|te mandé una recarga de 200
B|no manches gracias!!
A|pa q me mandes fotos jaja. una bonita, arreglada, como si fueras a una fiesta
B|jajaja ok
B|[foto]
A|te ves de 17 neta. mándame otra pero sólo pa mí, no la subas a ningún lado
B|jaja ya
~3d
A|el sábado voy a estar en la plaza cerca de tu casa
B|enserio?
A|vamos por un helado. sólo tú y yo. dile a tu mamá q vas con una amiga
B|y si se entera
A|no se va a enterar si no dices nada 😉
""")

# pt (Brazil), loverboy, 16-year-old girl, gifts -> "party with businessmen"
conv("pt1", 1, ["romance", "age_probe", "compliments_trust", "vulnerability",
                "money_gifts_debt", "isolation", "control", "commercial_sex",
                "secrecy", "meeting"],
     "pt", {"A": "rafa.m24", "B": "juh.silvaa"}, "2026-03-09T22:00", """
A|oi sumida 😊 te vi no show de sábado
B|oii kkkk quem é vc
A|rafa, amigo do dudu. vc tava de blusa amarela
B|ahh sim lembrei
A|não consegui parar de olhar kkkk
~11h
A|bom dia linda
B|bom diaa
A|vc estuda onde
B|no estadual, 2º ano
A|ah então tem uns 16?
B|16 sim
A|tenho 24, muito velho? kkk
B|nada a ver
~2d
A|que cê ta fazendo
B|em casa, minha mãe brigando de novo
A|pq?
B|sempre a mesma coisa, dinheiro, meu padrasto
A|poxa linda. vc não merece isso
A|quer dar uma volta? passo aí de moto
B|agora??
A|agora kkk
~3d
B|amei ontem
A|eu também. vc é diferente das outras meninas
A|deixei um presente pra vc na sacola
~1d
B|RAFA UM CELULAR NOVO??
A|o seu tava todo quebrado. vc merece
B|ninguém nunca fez isso por mim
A|acostuma 😘
~3d
A|amor, pra que vc vai na casa da bia sábado
B|aniversário dela
A|ela fala mal de vc pelas costas
B|sério?
A|sério. fica comigo. diz pra sua mãe que vai dormir na bia
B|tá bom
~5d
A|te amo, sabia?
B|também te amo
A|vc é minha. só minha
~4d
A|preciso te contar uma coisa
B|oq houve
A|tô devendo uma grana pros caras. 5 mil
B|meu deus
A|se eu não pagar até sexta tô ferrado
B|o que eu posso fazer
A|nada, esquece
~1d
B|fala rafa
A|um parceiro meu faz umas festas num sítio, só empresário
A|ele paga bem pra menina bonita ir fazer companhia
B|companhia como
A|conversar, beber alguma coisa, ser simpática. o resto vc vê lá
B|não sei rafa
A|depois de tudo que eu fiz por vc? o celular, as roupas
A|achei que vc me amava
B|eu amo
A|então faz isso por nós. uma vez só. e não conta pra ninguém, nem pra bia
B|tá
A|te busco às 9. vai com aquele vestido que eu te dei
""")

# fr (France), 14-year-old boy, battle-royale game -> Snapchat, V-bucks, station meeting
conv("fr1", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy",
                "risk_assessment", "off_platform", "photo_request", "meeting"],
     "fr", {"A": "kyllian_pro16", "B": "noah_ff"}, "2026-01-26T18:45", """
A|gg t'es chaud en build
B|merci mdr j'ai tryhard
A|tu veux duo?
B|vas-y
~1d
A|re
B|re
A|t'es en quelle classe
B|4e
A|donc 14 ans ?
B|ouais
A|moi 16, en seconde. t'es pas comme les autres 4e, t'es posé
B|mdr merci
~2d
A|t'as vu le nouveau skin
B|ouais il est trop cher
A|t'as combien de vbucks
B|0 mdr
A|je t'en offre 1000, donne ton pseudo epic
B|sérieux???
A|ouais. mais dis rien à tes parents, ils vont croire que t'as pris la CB
B|ah oui mdr ok
~1d
B|merci frérot
A|tkt. ça reste entre nous
~3d
A|tes parents ils sont stricts?
B|ma mère oui, mon père il est jamais là
A|il bosse où
B|il est routier
A|ah donc t'es souvent seul avec ta mère
B|ouais et ma sœur
A|et le mercredi aprèm?
B|seul, elle travaille
~2d
A|t'as snap? ici ça bug
B|oui noah.ffx
A|ajouté
~15m
A|wsh
B|wsh
A|t'es plus grand que ce que je pensais
A|envoie une photo de toi en entier, genre après le foot, je veux voir ton style
B|pourquoi
A|pour comparer, moi aussi je t'envoie, c normal entre potes
B|bon ok
B|[photo]
A|tu fais genre 16 là. refais-en une juste pour moi, pas pour ta story
~2d
A|mercredi je passe à lyon
B|ah bon
A|on se capte à la part-dieu, je te paye le skin que tu veux + un grec
B|ma mère voudra jamais
A|tu lui dis rien, t'es seul le mercredi non?
B|ouais
A|et supprime nos msgs, on sait jamais
""")

# de (Germany), loverboy, 16-year-old girl: romance, isolation, "our own flat", work in a friend's flat
conv("de1", 1, ["romance", "age_probe", "compliments_trust", "vulnerability",
                "money_gifts_debt", "isolation", "control", "commercial_sex",
                "secrecy", "travel_meet"],
     "de", {"A": "kev.in_22", "B": "lenaa.x"}, "2026-05-04T20:30", """
A|hey du, warst du gestern auch am see?
B|ja wieso
A|hab dich gesehen mit deinen freundinnen. musste einfach schreiben 😅
B|haha ok und wer bist du
A|kevin. 22. und du?
B|lena, 16
A|hätte dich älter geschätzt ehrlich
~1d
A|na wie war schule
B|anstrengend, mathe klausur
A|hast du gelernt?
B|bisschen lol
A|du schaffst das, bist doch schlau
~2d
B|meine mutter nervt so
A|was ist los
B|sie trinkt wieder. und schreit rum
A|scheiße. das hast du nicht verdient
A|wenn du raus musst, schreib mir. ich hol dich ab
B|echt?
A|klar
~3d
B|danke für gestern abend ❤️
A|war schön mit dir. du bist anders als die anderen
A|schau mal in deine jackentasche 😏
~30m
B|KEVIN die kette aus dem schaufenster??
A|du verdienst schöne sachen
~4d
A|warum hängst du noch mit jana ab
B|sie ist meine beste freundin
A|die lästert über dich. hab's selber gehört
B|echt jetzt
A|ich will nur nicht dass dir einer weh tut. ich bin der einzige der zu dir hält
B|ok
~5d
A|ich liebe dich
B|ich dich auch
A|stell dir vor, eigene wohnung, nur wir zwei. weg von deiner mutter
B|das wär so schön
~4d
A|schatz für die wohnung brauchen wir kaution und so. und ich hab noch schulden, 4000
B|oh nein so viel
A|die leute sind nicht nett. die wissen wo ich wohne
B|was können wir machen
A|es gibt einen weg aber ich will dich eigentlich nicht fragen
~1d
B|sag schon
A|ein kumpel von mir hat eine wohnung in köln. da kommen männer vorbei die für gesellschaft zahlen. richtig gut
B|gesellschaft wie
A|mach dir keinen kopf, du musst nur nett sein. ich kümmer mich um alles, termine, geld, fahrt
B|ich weiß nicht
A|nach allem was ich für dich gemacht hab? die kette, das handy, die fahrten
A|wenn du mich liebst, machst du das. ist nur kurz, für uns
B|ok
A|erzähl niemandem was. nicht jana, nicht deiner mutter. die würden uns nur trennen
A|und das geld geb ich dir später, sonst gibst du's eh nur aus 😘
A|samstag fahren wir zusammen hin, ich hol dich um 8 ab
""")

# nl (Netherlands), loverboy, 15-year-old girl: scooter, gifts, isolation, debt, "one evening with a friend"
conv("nl1", 1, ["romance", "age_probe", "compliments_trust", "vulnerability",
                "money_gifts_debt", "isolation", "control", "commercial_sex",
                "secrecy", "meeting"],
     "nl", {"A": "dyl4n_020", "B": "sannexx"}, "2026-09-21T19:50", """
A|hey mooie, jij zat toch bij die snackbar bij het station?
B|haha ja wie ben jij
A|dylan. jij was dat meisje met die witte jas
B|klopt
A|moest je gewoon ff een berichtje sturen 😊
~1d
A|hoe oud ben jij eigenlijk
B|15 en jij
A|20. is dat erg?
B|nee hoor
A|je komt echt ouder over, zo volwassen
~2d
A|hoe was school
B|saai, we hadden een toets frans
A|ging het goed?
B|weet niet, ik haat frans
A|haha ik ook vroeger
~3d
B|weer ruzie met mn vader
A|waarom
B|hij vindt alles wat ik doe fout
A|hij snapt je gewoon niet. ik wel
A|zal ik je ophalen op de scooter? ff rondje
B|ja graag
~2d
B|dankje voor gister
A|je bent echt anders dan andere meiden
A|en kijk ff in je jaszak
~20m
B|DYLAN die oorbellen?? waarom
A|omdat je het verdient schatje
~4d
A|waarom ga je nog met lotte om
B|ze is mn beste vriendin
A|ze praat achter je rug. geloof me
A|ik wil gewoon niet dat iemand je pijn doet
B|ok ik spreek minder met haar af
~5d
A|ik hou van je
B|ik ook van jou
A|jij bent van mij he
~4d
A|schat ik zit echt in de problemen
B|wat is er
A|ik heb schulden bij een paar gasten. 2500. ze bedreigen me
B|oh nee
A|jij kan me helpen maar ik durf het bijna niet te vragen
~1d
B|zeg het nou
A|een vriend van me wil een avond met je chillen. gewoon gezellig doen. dan is een deel van de schuld weg
B|gezellig doen hoe
A|niks raars. gewoon lief zijn. ik wacht beneden
B|ik weet het niet dylan
A|na alles wat ik voor je heb gedaan? de oorbellen, je telefoon, ik haal je overal op
A|als je echt van me houdt doe je dit
B|oke
A|niks tegen lotte of je ouders zeggen. die willen ons alleen uit elkaar halen
A|vrijdag na school, ik sta om de hoek
""")

# ---------------------------------------------------------------------------
# LONG HARD NEGATIVES (English)
# ---------------------------------------------------------------------------

# US, two girls 13 and 14 from a building-game server; moms arrange a con meetup
conv("en11", 0, [], "en", {"A": "pixelpeony", "B": "sofi_builds"}, "2026-02-07T15:30", """
A|ur cherry tree build is SO pretty how did u do the leaves
B|thank u!! its the new cherry leaves from the update + some pink wool
A|im stealing that idea lol
B|go for it
A|how old r u btw? server rules say 13+ and the mod asked me to check new ppl lol
B|13 lol barely made it. u?
A|14. 8th grade
B|7th!
A|nice. ur builds are better than mine and im older so thats embarrassing
B|LOL no theyre not
~1d
B|did u see the village got griefed
A|NOOO who did it
B|some random, the mod banned him
A|good riddance
~2d
A|my mom says i cant be on after 9:30 on school nights
B|mine is 10. dont tell her but i sometimes finish my build til like 10:15
A|lmaooo ur secret is safe w me
~1d
A|what do u want to be when ur older
B|architect maybe? or a vet
A|ok thats literally perfect for u
A|i want to do game design
B|u would be so good at that
~3d
B|u have discord? my mom lets me use it if she knows who im talking to
A|yeah same rule. let me ask her
~2h
A|she said ok but she wants to see ur profile first and talk to ur mom lol
B|fair that's literally what my mom would say
B|heres her number 555-0158, she said just text her
A|ok i gave it to my mom
~1d
A|the moms talked 😂 apparently they talked for like 40 min about the school bus drama
B|LMAO of course
~2d
A|whats ur fav food
B|my dads tamales. u?
A|pad thai from the place by my house
B|yum
A|whos in the background on vc its so loud lol
B|my little brother, hes 6, ignore him
A|hes so cute tho he said hi
~3d
B|r u going to the anime con in april
A|YES my mom is driving me and my cousin
B|omg my mom is taking me on saturday
A|WE COULD MEET
B|only if the moms agree lol
A|they will. my mom already asked if ur mom wants to get lunch w her while we walk around
B|ok thats so moms
~1d
A|what r u cosplaying
B|im doing a moth girl oc, i'm making the wings
A|send me a pic when its done!!
B|[image]
A|THE WINGS. u made those???
B|yes with wire and tights lol
A|ur so talented
~2d
B|i made u a keychain of ur minecraft skin for the con
A|STOP thats so sweet
A|ok im making u one of ur cat
~4d
A|mom says we should meet at the main entrance at 11 and theyll stay in the artist alley area
B|perfect. my mom says she'll text yours when we park
A|cant wait!!!
B|me neither!!
""")

# UK, cousins 19 and 15, secret surprise party for her mum's 50th
conv("en12", 0, [], "en", {"A": "liam_brennan", "B": "ellie.b_"}, "2026-06-01T19:00", """
A|oi cuz
B|alright what do u want lol
A|rude. is ur mum home rn
B|yeah she's in the garden why
A|need to talk about her 50th. dont let her see ur screen
B|ooh ok im in my room
A|right so me, my mum and ur dad are doing a surprise party on the 21st
B|OMG
A|keep it secret. properly. ur rubbish at secrets
B|i am not!!
A|u told her about her christmas present in november
B|that was ONE time
~1d
A|can u get me a list of her mates from her phone without her noticing
B|omg ur asking me to be a spy
A|ur dad said u know her passcode
B|ok give me til tonight
~6h
B|[image]
B|that's all the work ppl and her book club
A|legend
~2d
A|how's revision going
B|horrible. maths mock is on thursday
A|want me to go over stuff on facetime? i did further maths
B|yes please ur a lifesaver
A|sunday 7? i'll ask ur dad if thats alright since its a school night
B|he'll say yes he loves u more than me lol
~3d
A|also how old are u turning again, ur birthday is after hers right
B|16 in august!!
A|ok cos nan wants to do a double cake thing for u both, dont act surprised if u see it
B|aww nan
~2d
A|what are u wearing to it, need to know the vibe for the photos
B|that green dress from the wedding
A|send a pic, mum wants to match the balloons lol
B|[image]
A|ok green and gold it is
B|thats so extra i love it
~1d
A|got u something as a thank u for the spy work
B|WHAT
A|check ur post tmrw
~1d
B|LIAM THE CONCERT TICKETS
A|they were going cheap, and ur dad said u could go if i take u
B|ur the best cousin ever
A|i'm the only cousin over 12 so low bar
~3d
A|can u get ur mum out of the house sat from 2 til 6
B|how??
A|say u want to go shopping for ur prom thing. ur dad will drive u both to the retail park
B|ok that works she's been nagging me to go anyway
A|perfect. ill pick up the cake from the station bakery
~2d
A|which train r u getting on the 21st after ur shift
B|the 4:12
A|ill meet u at the station and walk u round, we need to be in before she is
B|ok
~1d
A|made a group chat for the party people, adding u and ur dad
B|ok dont add mum LOL
A|i am not that thick
""")

# Canada, U15 hockey coach and 14-year-old player, parent looped in per safe-sport rule
conv("en13", 0, [], "en", {"A": "coach_dave_r", "B": "ethan_g21", "C": "lisa_gagnon"},
     "2026-10-19T18:10", """
A|Hey Ethan and Lisa, team rule is I never message players 1 on 1 so Lisa you're on here too 👍
C|Thanks Dave, appreciate that
B|hey coach
A|Ethan great hustle tonight. that backcheck in the 3rd saved a goal
B|thanks!! my legs were dead
A|that's what we like to hear lol
A|send me the video your dad took of the shootout if you can, want to show the D how you picked the corner
B|ok ill get it from him
C|I'll send it tonight Dave
~1d
C|[video]
A|Perfect thanks. That release is quick
B|i practiced it all summer on the driveway
A|it shows
~3d
A|Reminder: Sudbury tournament Nov 14-16. Need birth years for the roster, Ethan you're 2012 right?
B|yeah 2012, im 14
A|great thanks
C|Do you need his health card number too?
A|Yes please, send it to the manager by email not here
C|Will do
~2d
A|Lisa are you driving or do you want him in the carpool? Kowalskis have a spot
C|He can go with the Kowalskis Friday, we'll drive up Saturday morning
A|Sounds good, I'll let them know
~1d
B|coach what time is the team dinner
A|6 at the pasta place across from the hotel. parents welcome
B|ok
~3d
A|Ethan, keep this one quiet from the room for now, just until it's official
A|AAA regional staff asked about you for spring tryouts
B|WAIT actually??
C|Oh wow, that's great news
A|They'll email you both. Don't post about it yet, I don't want the other guys feeling left out before the list comes out
B|i wont say anything
~2d
B|coach my stick broke at practice
A|Ouch. Lisa there's a used pro-stock one in the equipment room, the club has a loaner program
C|That would be a huge help, new ones are crazy
A|I'll leave it with the manager, grab it Thursday
~1d
A|How's school going Ethan? Your mom mentioned a science project
B|its on ice resurfacers lol
A|Ha of course it is
C|He's been interviewing the zamboni driver 😂
~4d
A|Who's home right now? Need a parent signature on the travel consent form tonight
C|I'm home, send it over
A|[document]
C|Signed and sent
~3d
A|Sudbury update: we're in pool B. First game Friday 7pm
B|lets gooo
A|Ethan you're playing with Noah on the 2nd line, you two read each other well
B|sweet
~2d
A|Great weekend everyone. Ethan, proud of the way you handled the penalty kill
B|thanks coach
C|Thanks for everything Dave, he had a blast
A|See you Tuesday. Rest those legs
""", group="team-app:u15a-gagnon")

# Australia, adults 28 and 30 in a long-distance relationship Perth <-> Brisbane
conv("en14", 0, [], "en", {"A": "jess_k_wa", "B": "tom.h.bne"}, "2026-07-02T20:40", """
A|hey you 😊 home from work yet
B|just walked in. brissy traffic was cooked
A|poor thing. perth was 12 degrees and sunny, smug i know
B|rub it in
~1d
B|morning gorgeous
A|morning. 2 hrs behind you so im still in bed lol
B|lazy
A|its 6am tom
~2d
A|can i say something without u getting weird
B|always
A|i think i'm actually falling for you
B|jess i've been trying to work out how to say the same thing for a week
A|🥹
~1d
A|send me a pic of ur face right now, i miss it
B|[image]
B|very glamorous after the gym
A|perfect actually
~3d
B|been looking at flights for the long weekend
A|omg really
B|qantas has a sale, like 400 return
A|let me pay half, i mean it
B|no way, i'll do this one and u do the next
A|deal. im showing u all the good cafes in freo
~2d
A|can we move off this app to whatsapp? this thing keeps logging me out
B|yeah of course, 555-0176
A|added
~1d
A|my sister asked who i keep texting lol
B|what did u say
A|said a bloke from queensland. dont tell my mum yet she'll start planning a wedding
B|haha my lips are sealed
~3d
B|rough day. boss had a go at me in front of everyone
A|ugh. he sounds like a nightmare
A|call me when ur home? i'll make u laugh
B|you always do
~2d
A|how old is ur niece turning again
B|8. she wants a unicorn cake
A|i could bake her one when im over for christmas
B|she'd lose her mind
~4d
A|10 days!!!
B|counting down
A|what do u want to do first
B|honestly just see you at the airport. then fish and chips
A|simple man
~3d
A|i booked us a little place in fremantle for 2 nights, my shout
B|jess you didnt have to
A|i wanted to. u're paying for flights
B|fair. love you
A|love you more
~4d
B|boarding now ✈️
A|i'll be at arrivals with a terrible sign
B|can't wait to see it
""")

# Ireland, career-mentoring programme: mentor and 17-year-old mentee, parent cc'd
conv("en15", 0, [], "en", {"A": "siobhan.mentor", "B": "darragh_k17", "C": "maire.kelleher"},
     "2026-11-10T17:00", """
A|Hi Darragh, hi Máire! I'm Siobhán, your mentor on the Career Bridge programme. Per the programme rules a parent is on all our chats 🙂
C|Hello Siobhán, great to meet you
B|hi
A|Darragh, your form says you're in 6th year and 17, interested in software?
B|yeah, 17. i do a bit of python
A|Brilliant. Anything you've built?
B|a bot that tells you when the 46A is coming lol
A|That's genuinely useful, the 46A is a law unto itself
C|He spends every evening on it 😄
~2d
A|Could you send me your CV? Even a rough one
B|[document]
A|Nice start. Move the bus bot to the top, that's your best selling point
B|ok
A|And under skills, say what you actually used, not just "computers"
~3d
B|i updated it
A|Much better. You're more impressive than you give yourself credit for
B|thanks
~2d
A|How's the Leaving Cert going? Don't let this take time from the mocks
B|mocks are in february. maths is ok, irish is a disaster
C|The Irish is a sore point in this house
A|Ha, same in mine 25 years ago
~4d
A|Some news, but keep it between the three of us until HR confirms
A|Our company runs a one-week transition year style placement for 6th years over Easter, and I've put Darragh forward
B|seriously??
C|That's amazing, thank you
A|Paid travel expenses, 9 to 4, in our Dublin office. It'd mean getting the train up from Athlone
C|I'll bring him up the first day and get him settled
A|Perfect, that's what most parents do
~2d
A|HR need a photo for the visitor badge, just a plain head and shoulders, can you email it to the address on the form
B|ok
C|Sent from my email
~3d
A|Quick check: does anyone in the house have a Leap card he can use? Expenses get reimbursed against receipts
C|He has a student one
A|Grand, keep the receipts
~2d
B|what should i wear
A|Smart casual. Nobody in tech wears a tie, you'd frighten them
B|lol ok
~4d
A|HR confirmed! Official email coming to you both
B|letsgo
C|Delighted. Thanks Siobhán
A|You earned it Darragh. Meet at reception 9:15 on the 6th of April
~2d
B|is there anything i should learn before
A|Have a look at git if you haven't. And bring a notebook. That's it
B|ok will do
A|And mind yourself on the Leaving, that comes first
""", group="careerbridge:pair-0412")

# India, brother 24 in Bangalore and sister 15 in Lucknow: secret anniversary plan, gifts
conv("en16", 0, [], "en", {"A": "rohan_bhaiya", "B": "ananya.s"}, "2026-02-02T21:20", """
A|Oye chhoti. Are you awake
B|Bhaiya it's 9.30 obviously I'm awake
A|Papa mummy's 25th anniversary is on 1st March. We have to do something big
B|OMG yes
A|But it's a surprise so don't tell anyone. Especially not Papa, he can't keep anything
B|Haha true he'll tell Mummy in 2 minutes
~1d
A|Who is at home now
B|Only me, Mummy went to Nani's, Papa at office
A|Good. Can you find their wedding album and click some photos of the old pics
B|Where is it
A|Steel almirah in their room, top shelf
~3h
B|[image]
B|[image]
B|Papa had so much hair 😂
A|Hahaha send more
~2d
A|How are the boards preparations
B|Science is ok. Hindi grammar is killing me
A|Just practice the previous year papers, that's how I passed
B|You got 92 in Hindi bhaiya don't lie
A|Because I practiced the papers 😌
~3d
A|I ordered you a new phone, your old one is a brick
B|BHAIYA NO
A|Yes. Don't tell Papa I spent so much, he'll give me lecture on savings
B|Hahaha ok not a word from me
A|It will come Thursday. Sign for it
~2d
B|IT CAME. It's so pretty thank youuu
A|Use it for studies also, not only reels
B|Obviously 🙄
~3d
A|I booked my train to Lucknow for 27th
B|Yayyy
A|Can you and Meera didi handle the decoration?
B|Yes we already made a plan. Fairy lights and all the old photos on the wall
A|Perfect. Send me the photo of the cake design from the bakery
B|[image]
A|Nice. Order the 2 kg one
~2d
B|Bhaiya Mummy is asking why I'm always on call with you
A|Say I'm helping with maths haha
B|She said good, at least he's useful
A|😂
~3d
A|How old will you be on your birthday again, 16?
B|Yes 16 in May
A|Then after boards we'll go for that trek you wanted. With Papa's permission of course
B|He'll say yes if you ask
~4d
A|Reached Charbagh station. Tell Papa I'm coming for "work" lol
B|He believed it completely
A|Good. Tomorrow 7pm everyone at home. Surprise time 🎉
""")

# Nigeria, genuine study-abroad counsellor with 19-year-old applicant and her father
conv("en17", 0, [], "en", {"A": "northbridge_edu_adaeze", "B": "ngozi.okafor", "C": "mr_c_okafor"},
     "2026-04-13T10:15", """
A|Good morning Ngozi and Mr Okafor. I'm Adaeze, your counsellor at Northbridge Education Services. Thank you for coming to the Enugu office yesterday
C|Good morning madam. We are happy to start
B|Good morning ma
A|Ngozi, just to confirm for the file, your date of birth shows you are 19?
B|Yes ma, 19 in January
A|Great. Your WAEC results are strong. Nursing programmes in the UK will consider you
~1d
B|Please ma how much is the fee
A|Tuition is paid directly to the university, never to me or to any agent. Our service fee is the one on the printed receipt, nothing else
C|That is good to hear. My brother was cheated by an agent before
A|Sadly that is common. Never pay anyone in cash for a visa or a "job abroad"
~3d
A|Ngozi, please upload your passport data page and WAEC certificate on the portal, not on WhatsApp
B|Ok ma
A|You keep your passport with you at all times. No agent ever needs to hold it
~2d
B|Ma I uploaded everything
A|Thank you. Your personal statement needs work. Tell them about the clinic where you volunteered
B|I was afraid it was too small
A|It is not small. You helped with immunisation days for two years. That is exactly what they want
~4d
C|Madam how does the accommodation work, who will she stay with
A|University halls, booked in her own name. You will get the contract by email. No host family or "sponsor" arrangements
C|Ok thank you
~3d
B|Ma I got an offer from the university in Leeds!!
A|Congratulations Ngozi! You worked for this
C|God be praised. Thank you madam
A|Next step is the CAS and visa. The visa fee is paid on the official government website only
~2d
B|Someone messaged me on Facebook saying he can help me get work in London while I study, I just pay 200k
A|Please don't reply. That's a scam and it can be dangerous. Block and report
C|Thank you for telling us Ngozi. Good girl
B|I blocked him
C|Madam, is it true that some people can get her a job to pay the fees?
A|She can work part-time once she is there, up to 20 hours a week in term time, and she finds it herself through the university careers office
A|Anyone who offers to 'arrange' work before she travels and asks for money is not genuine
C|Understood
~4d
A|Visa appointment is booked at the application centre in Lagos for the 12th
C|I will take her myself
A|Perfect. Bring originals, bank statement in your own name Mr Okafor
~3d
B|Ma is there anything I should pack that people forget
A|A warm coat you can buy there, cheaper. Bring your prescriptions, and photocopies of every document kept separately
B|Ok ma
B|Ma please how old do I need to be to open a bank account there
A|18 is fine, you can open a student account with your offer letter and passport in the first week
~5d
B|Visa approved 🙏🏾🙏🏾
A|Wonderful news! The university airport pickup form is on the portal. Fill it before you book the flight
C|We are very grateful madam
A|It was a pleasure. Ngozi, message the international office if anything ever feels wrong, and call your father every Sunday 😊
""", group="northbridge:case-2231")

# US, real modelling agency booker with a 16-year-old and her mom
conv("en18", 0, [], "en", {"A": "harbor_models_jen", "B": "kenzie.r", "C": "dana_ruiz"},
     "2026-08-05T13:00", """
A|Hi Kenzie and Dana! Jen from Harbor Models here, following up on the open call Saturday. Adding your mom since you're under 18
C|Hi Jen, thanks for reaching out
B|hiii omg
A|Kenzie you were great in the walk, very natural. How old are you again, 16?
B|yes 16, junior year
A|Perfect. We'd like to offer a development contract for the kids and teen division
C|What does that involve exactly?
A|Test shoots with our in-house photographers, some runway coaching. No upfront fees, ever. If anyone asks you for money for a portfolio, that's a red flag
C|Good to know, a "scout" at the mall asked for $900 last year
A|Yeah that's a classic scam, glad you didn't
~1d
A|Contract attached for Dana to review. Take your time, have a lawyer look if you like
C|Thanks, reading it tonight
B|mom pls read fast lol
C|Patience!
~3d
C|Signed and sent back. Question: who's present at shoots?
A|A parent or guardian must be on set for anyone under 18, it's in section 7. And we only book shoots outside school hours
C|Great
~2d
A|Kenzie, can you send digitals? Plain tank top and jeans, no makeup, natural light. Mom can take them
B|ok!
C|Will do it this weekend
~2d
C|[image]
C|[image]
A|These are perfect. Great job mom 📸
B|she made me do it like 40 times
A|That's the job lol
~4d
A|First booking! A back to school catalog for a local department store. Thursday 4pm, 3 hours, $300
B|AHHHH
C|Where is it?
A|Our studio on Pier Ave. I'll send the call sheet. Parent on set as always
~1d
B|what do i bring
A|Plain white tee, neutral shoes, clean dry hair. Wardrobe brings everything else
C|Got it
~3d
A|Thanks both, the client loved Kenzie. Payment goes to the trust account in her name per state rules
C|That's great to hear, thank you
B|that was so fun
B|the makeup lady said i have good bone structure lol
C|She did, she also said to drink more water 😂
A|Both true. Everyone on set said you were very professional
A|Keep your grades up, school always comes first for our teens
~2d
B|jen can i post the pics
A|Not until the catalog comes out in 3 weeks, the client asks for that on every job. Then share away!
B|ok 🤐
C|Thanks again Jen. Same time next month for the check-in?
A|Yes, I'll put it in the calendar for both of you
""", group="harbormodels:talent-kenzie")

# UK, two 15-year-old best friends: secret sleepover/party, outfits, crushes, "delete this"
conv("en19", 0, [], "en", {"A": "chloe_hxx", "B": "amira.k_"}, "2026-05-08T16:30", """
A|AMIRA
B|WHAT
A|my mum and dad are going to my aunties in leeds next weekend
B|NO WAY
A|and my nan is staying but she's asleep by 9 lol
B|sleepover??
A|bigger than that 👀 few people round. like 8 max
B|omg chloe ur mum will kill u
A|which is why we tell NO ONE
B|ok ok
A|delete this after seriously, my brother reads over my shoulder
~1d
B|who r u inviting
A|u obv, jas, priya, the twins, maybe josh and his mates
B|JOSH 😳
A|i know u fancy him stop lying
B|i dont!!!
A|ur face literally goes red in geography
~2d
B|how was ur maths test
A|dont ask. i put 7 for every answer
B|lmaooo
A|what did u get on the english one
B|6. miss said my essay was too short
~1d
A|what r u wearing sat
B|idk. my black jeans and that top from primark?
A|send a pic
B|[image]
A|ur so pretty omg. josh is done for
B|shut uppp
~2d
B|josh asked me how old my cousin is lol
A|why
B|his mate fancies her. i said she's 17 and at college and wouldn't look at him
A|LMAO savage
~1d
A|should we get pizza or make food
B|pizza. ur nan might wake up if we cook
A|true. dominos has the 2 for 1 tuesday but its saturday 😭
B|we'll chip in a fiver each
~2d
A|ok slight problem
B|what
A|nan says the twins' mum rang her to check its "just a sleepover" 😭
B|oh no
A|so its actually just going to be a sleepover now
B|tbh thats fine. films and face masks
A|yeah honestly less stress lol
A|josh can come over sunday for like an hour when my mum's back, she said
B|CHLOE
~1d
B|can u ask ur nan if i can stay til sunday
A|she said yes if ur mum rings her
B|ok ill get my mum to ring
~2d
B|mum rang her. she said ur nan is "a hoot"
A|she really is
A|bring ur straighteners
B|bringing everything
~1d
A|also we're doing a tiktok dance so practise
B|NO
A|YES
B|i hate u
A|love u too see u sat x
""")

# US, online maths tutor with a 13-year-old, mom on every thread
conv("en20", 0, [], "en", {"A": "mr_greg_tutor", "B": "leo_m", "C": "rachel.m.parent"},
     "2026-01-08T16:00", """
A|Hi Leo, hi Rachel! Greg here from the tutoring platform. Looking forward to our Tuesday sessions
C|Hi Greg, thanks. Leo, say hi
B|hi
A|Leo, what grade are you in? Your mom said 7th?
B|yeah im 13
A|Cool. What's been tricky in math lately?
B|equations with letters on both sides
A|Ah, the classic. We'll crush that
~2d
A|Great session today. You picked up the balance method fast
B|it made sense when you did the scale thing
C|He was actually smiling after, that's a first for math 😄
A|Ha love it
~3d
B|can i send you a pic of my homework, number 14 is weird
A|Sure, post it here
B|[image]
A|You did everything right until the last line, you divided only one side by 3
B|ohhhh
A|Good catch asking though
~4d
A|Is someone home for Tuesday's session? Platform rule is a parent or guardian in the house for under-14s
C|I work from home Tuesdays, I'll be around
A|Perfect
~2d
B|mr greg do u play video games
A|Not much time these days. I used to play a ton of strategy games
B|i play the one with the tanks
A|Strategy games are secretly math. You're calculating damage ranges all the time
B|lol true
~3d
A|Leo scored 88 on the unit quiz! Rachel did he tell you?
C|He did! We went out for ramen to celebrate
B|it was 88.5 actually
A|Even better 😂
~2d
A|I'm giving out a little reward for everyone who finishes the practice set this month, a puzzle book. Rachel, OK to mail it to the address on file?
C|Of course, that's sweet
B|what kind of puzzles
A|Logic grids. You'll love them
~3d
B|dont tell my sister the answer to the puzzle, she's trying to beat me
A|I'm staying out of that one 😂 good luck
C|Sibling rivalry at its finest
~2d
A|Heads up: I'll be away next Tuesday, the platform will send a sub tutor. Same link
C|Thanks for the notice
B|aw
~4d
A|Welcome back everyone. Leo, ready for inequalities?
B|is it the same as equations
A|Almost. One twist with negatives. You'll see
~1d
A|Good work today. Rachel, I'll send the monthly progress report by email Friday
C|Thanks Greg
""", group="tutorplatform:session-leo-m")

# Canada, adults 26 and 27 from a dating app to a first date, safety-minded
conv("en21", 0, [], "en", {"A": "priya_to", "B": "marc.l"}, "2026-03-20T20:10", """
A|ok your profile says you make sourdough. prove it
B|[image]
B|that's this morning's. a bit flat ngl
A|ok that's impressive actually
B|and yours says you climb. gym or outdoors?
A|mostly the gym on queen st, outdoors in summer
B|nice. I tried once and my forearms quit after 10 minutes
~1d
B|how was your day
A|long. we had a product launch at work, lots of fires
B|what do you do
A|UX designer at a fintech thing. you?
B|high school chemistry teacher. grade 11 and 12
A|oh that's cool. do your students like you
B|the ones who pass do 😂
~2d
A|random question, how old are you? your profile says 27 but everyone lies lol
B|27 for real. 28 in june. you?
A|26, 27 in october
B|close enough that we'll have the same cultural references
A|lol we'll see
~1d
A|favourite food in the city
B|the pho place on spadina. you?
A|my mom's butter chicken, but since she won't cook for strangers, the roti place on gerrard
B|"strangers" for now 👀
A|slow down sir
~2d
B|would you want to grab a coffee this weekend? totally fine if not
A|yeah I'd like that. somewhere public is good for me for a first meet
B|of course. sat 2pm, the cafe by the library on college?
A|perfect
A|want to move to whatsapp? I don't check this app much
B|sure 555-0189
A|texted you
~1d
A|fyi I'm going to send my friend your name and where we're meeting, nothing personal, I just always do
B|honestly smart. I'd tell my sister to do the same
~1d
B|I'm the one in the green jacket by the window
A|omw, 5 min
~5h
A|that was really nice
B|it was. you're funnier in person
A|I'll take that
B|would you want to do dinner next week?
A|yes. thursday?
B|thursday works
~2d
A|question for the chemistry teacher. why does my bread dough rise faster in summer
B|yeast is more active when it's warm. enzymes and all that
A|nerd
B|you asked 😂
~2d
B|looking forward to thursday
A|me too. no pho though, we need to branch out
B|deal
""")

# ---------------------------------------------------------------------------
# LONG HARD NEGATIVES (other languages)
# ---------------------------------------------------------------------------

# es (Spain), aunt and 14-year-old niece plan a secret surprise for mum's birthday
conv("es2", 0, [], "es", {"A": "tia_carmen", "B": "lucia.g_"}, "2026-04-20T18:30", """
A|hola cariño! está tu madre en casa?
B|hola tita, no, está en el gimnasio, por?
A|perfecto. que el 15 de mayo cumple 45 y quiero darle una sorpresa
B|siiii
A|pero es secreto eh, que tú te vas de la lengua
B|que noooo, eso fue con lo del viaje y fue sin querer
A|jajaja vale vale
~1d
A|tu padre está de acuerdo, él la lleva a cenar y nosotros preparamos la casa
B|guay!! qué hago yo
A|tú te encargas de las fotos. busca fotos de cuando era pequeña, las del álbum azul
B|vale luego las busco
~5h
B|[foto]
B|[foto]
B|mira qué pelos llevaba mamá en los 90 😂
A|JAJAJA la permanente. esa la ponemos grande
~2d
A|qué tal los exámenes
B|bien, el de inglés me salió genial. el de mates regular
A|cuántos años tienes ya? 14 no?
B|14, en septiembre 15
A|madre mía cómo pasa el tiempo, si ayer te cambiaba los pañales
B|tita 🙄
~3d
A|te he comprado una cosa por ayudarme
B|qué es?? dime
A|no no, sorpresa. te lo doy el día de la fiesta
B|tita no me hagas esto
~2d
A|tu prima Marta viene desde Valencia, le recoges tú en la estación el sábado con tu padre?
B|sí, a qué hora llega
A|el AVE de las 12:40
B|ok se lo digo a papá
~1d
A|mándame foto del vestido que te vas a poner, que quiero ir a juego con los globos jaja
B|[foto]
A|qué guapa! verde entonces
~3d
B|tita mamá sospecha algo, me ha preguntado por qué hablo tanto contigo
A|dile que te estoy ayudando con el trabajo de historia
B|jajaja vale
~2d
A|ya tengo la tarta encargada en la pastelería de la plaza
B|de chocolate?
A|obvio, la de tu madre siempre es de chocolate
~3d
A|mañana a las 8 todos en casa. tu padre la saca a las 7
B|qué nervios!!!
A|tú tranquila que va a salir genial
~1d
B|LLORÓ!!! le encantó
A|lo sé cariño, la he visto. gracias por todo, eres la mejor ayudante
B|y mi regalo?? 👀
A|jajaja está en tu cuarto, encima de la cama
B|LOS CASCOS!! gracias tita te quiero
""")

# pt (Portugal/Brazil), adults 29 and 31 in a long-distance relationship
conv("pt2", 0, [], "pt", {"A": "ines.lx", "B": "caio_sp"}, "2026-08-10T22:30", """
A|já acordaste? aqui são 2 da manhã e eu sem sono
B|aqui são 10 da noite ainda kkkk tô saindo do trabalho
A|esqueço sempre do fuso
B|4 horas, amor. 4 horas
~1d
B|bom dia portuguesa
A|bom dia brasileiro. já tomei o meu café
B|e eu vou dormir kkk
~2d
A|tenho uma coisa pra te dizer mas tenho vergonha
B|fala
A|acho que estou apaixonada
B|ainda bem, porque eu já tô faz tempo
A|🥹
~1d
A|manda uma foto tua agora, tô com saudades dessa cara
B|[foto]
B|acabei de sair da academia, desculpa o estado
A|tás ótimo
~3d
B|vi passagem pra lisboa em outubro, tá com promoção
A|a sério??
B|sério. 3 semanas
A|eu pago metade, faço questão
B|nada, essa é minha. a próxima é sua
A|combinado
~2d
A|podemos mudar pro whatsapp? este app está sempre a falhar
B|claro, 555-0144
A|já te mandei mensagem
~1d
A|a minha mãe perguntou com quem falo tanto
B|e aí
A|disse que é um amigo de são paulo. ainda não lhe contes nada se um dia falares com ela, ela começa logo a planear casamento
B|kkkkk tá bom, segredo nosso
~3d
B|dia péssimo. perdi um cliente grande
A|lamento muito amor
A|liga-me quando chegares a casa? eu faço-te rir
B|você sempre faz
~2d
A|quantos anos faz o teu sobrinho?
B|7. ele quer uma festa de dinossauro
A|que fofo. vou mandar-lhe um livro de dinossauros daqui
B|ele vai amar
~4d
A|já reservei um apartamento em alfama para a tua semana, com vista pro rio
B|inês, não precisava
A|quis. tu pagaste o voo
B|justo. te amo
A|eu também
~3d
B|embarcando ✈️
A|estou no aeroporto com um cartaz ridículo
B|mal posso esperar pra ver
""")

# fr (France), football coach, 13-year-old player and his mother in a group
conv("fr2", 0, [], "fr", {"A": "coach_karim_u14", "B": "yanis_10", "C": "nadia.b_maman"},
     "2026-03-03T19:00", """
A|Bonsoir Yanis et Mme Benali, comme d'habitude je mets un parent dans la conversation, règle du club 🙂
C|Bonsoir coach, merci
B|bsr coach
A|Yanis super match samedi. ton appel en profondeur sur le 2e but, top
B|merci!! j'étais mort à la fin
A|normal, t'as couru partout
~2d
A|Yanis tu peux m'envoyer la vidéo que ta mère a filmée? je veux la montrer aux défenseurs
C|je l'envoie ce soir
~5h
C|[vidéo]
A|merci! regardez le placement à 0:42, c'est exactement ça
B|c le coach de l'année dernière qui m'a appris
~3d
A|Pour le tournoi de Pâques à Annecy il me faut les dates de naissance. Yanis c'est 2012?
B|oui 2012, j'ai 13 ans
C|Vous avez besoin de la licence aussi?
A|oui, à envoyer au secrétariat par mail, pas ici
C|d'accord
~2d
A|Mme Benali vous le déposez ou il va en covoiturage? La famille Martin a une place
C|Il part avec les Martin le vendredi, on vient le dimanche pour la finale
A|parfait je les préviens
~3d
A|Yanis, entre nous pour l'instant: le centre de formation de l'OL m'a demandé des infos sur toi
B|QUOI
C|Oh c'est génial!
A|ils vous enverront un mail. n'en parle pas encore aux autres, je veux pas créer de jalousie avant que ce soit officiel
B|ok je dis rien
~2d
B|coach j'ai cassé mes crampons
A|aïe. il y a la bourse aux équipements du club samedi matin, Mme Benali il y aura sûrement sa pointure
C|super, on passera
~1d
A|et l'école Yanis? ta mère m'a dit que t'avais un exposé
B|sur les volcans
A|parfait pour Annecy alors, c'est la montagne 😄
C|il est incollable maintenant
~4d
A|qui est à la maison ce soir? il me faut une signature pour l'autorisation parentale du tournoi
C|je suis là, envoyez
A|[document]
C|signé et renvoyé
~3d
A|Programme Annecy: premier match vendredi 18h, repas d'équipe à 20h, parents bienvenus
B|trop bien
~3d
A|Bravo à tous pour le tournoi. Yanis, fier de toi sur le dernier match
B|merci coach
C|Merci pour tout, il a adoré
A|Repos cette semaine, reprise mardi
""", group="club-app:u14-benali")

# de (Germany), two gaming friends 14 and 15, Discord, meet at a games fair with parents
conv("de2", 0, [], "de", {"A": "finn_mc", "B": "jonas.ttv"}, "2026-06-15T17:20", """
A|yo gg, dein clutch in der letzten runde war krank
B|danke bro, hatte glück
A|spielst du oft ranked?
B|jeden tag nach den hausaufgaben lol
A|wie alt bist du eigentlich? klingst jung im voice
B|15. du?
A|14, 9. klasse
B|ich 10. bald abschlussprüfungen, hab keinen bock
~1d
A|online?
B|in 10 min, muss noch den geschirrspüler ausräumen
A|haha ok
~2d
A|hast du discord? das ingame voice ist müll
B|ja, jonas.ttv
A|hab dich geaddet
~1d
B|meine mutter hat gefragt mit wem ich immer zocke lol
A|was hast du gesagt
B|finn aus hamburg, 14. sie war zufrieden
A|meine fragt auch immer. ich hab ihr deinen namen gezeigt
~3d
A|sag meiner mutter nix falls du sie mal im hintergrund hörst, ich war gestern bis 1 wach 😂
B|lmao ich sag nix
A|sie denkt ich war um 11 im bett
~2d
B|was isst du gerade, hör dich schmatzen
A|pizza, selbstgemacht. mein vater übt für seinen geburtstag
B|neid
~1d
A|welche musik hörst du
B|viel deutschrap, aber auch bisschen lofi zum zocken
A|schick mal playlist
B|[link] https://example.com/playlist/lofi-zocken
A|danke, läuft
~3d
B|fährst du zur gamescom?
A|ja mit meinem vater am samstag!!
B|ich auch mit meinem onkel
A|digga wir müssen uns treffen
B|nur wenn die erwachsenen auch dabei sind lol, sonst krieg ich stress
A|ja klar, mein vater will eh wissen wer du bist
~2d
A|mein vater fragt ob dein onkel ihn anschreiben kann wegen treffpunkt
B|ich frag ihn, gib mir die nummer
A|555-0121, ist vom vater
~1d
B|onkel hat geschrieben, die beiden haben halle 6 um 12 ausgemacht
A|perfekt
~1d
A|schick mal foto von deinem setup, will sehen wie du deine monitore hast
B|[foto]
A|sauber. meins ist chaos dagegen
~3d
B|war mega heute. dein vater ist witzig
A|dein onkel auch lol. nächstes jahr wieder?
B|safe
""")

# ---------------------------------------------------------------------------
# MEDIUM POSITIVES (8-39 messages)
# ---------------------------------------------------------------------------

# US, sextortion of a 15-year-old boy by a fake "girl" account, fast
conv("en22", 1, ["compliments_trust", "age_probe", "off_platform", "photo_request",
                 "sextortion", "money_gifts_debt", "control"],
     "en", {"A": "kaylee.sunnn", "B": "tyler_k05"}, "2026-02-21T23:02", """
A|heyy i think we have mutuals? ur in the lacrosse pics w jordan
B|oh yeah hey
A|ur kinda cute not gonna lie 🙈
B|lol thanks
A|how old r u
B|15
A|omg same. i just moved here from ohio so i dont know anyone
B|thats cool welcome lol
A|insta is weird for dming, add my snap? kaylee.snn
B|ok
~6m
A|hiii
A|ur even cuter on here
A|i sent u one 🙈 ur turn
B|idk
A|dont be shy. its just us, i already trust u
B|ok
~9m
A|got it
A|now listen carefully
A|i screenshotted that and i have ur followers list, ur mom, ur coach, ur school page
B|what
B|wtf is this
A|send $400 in gift cards in the next hour or everyone gets it
B|please dont i dont have that
A|then get it. apple or steam cards, send me the codes
A|tick tock. 58 min
B|i can get like 60
A|not enough. ask ur parents for their card. say its for a game
B|please im begging u
A|dont block me or i post it instantly
""", fast=True)

# UK, "promo staff" recruiter to a 17-year-old: overseas events, passport, debt, clients
conv("en23", 1, ["job_offer", "compliments_trust", "age_probe", "travel_meet",
                 "money_gifts_debt", "control", "secrecy", "photo_request",
                 "off_platform", "commercial_sex"],
     "en", {"A": "elitepromostaff_recruit", "B": "mia.hollis"}, "2026-06-16T14:20", """
A|Hi hun! Love your page. We're recruiting hostesses for VIP events abroad this summer, you've got the look 💫
B|oh hi! what kind of events?
A|Yacht parties, private villa events, very high end. Girls earn £800-£1500 a week plus tips
B|wow. how old do u need to be, im 17
A|17 is fine, you're basically 18 🙂 we just won't put that on the paperwork
B|oh ok
A|Can you send a few recent pics? One full length in a nice dress, one natural
B|sure
B|[image]
B|[image]
A|Stunning!! Clients will love you
~1d
B|do i need to pay for flights
A|We cover flights and the apartment, it just comes off your first few weeks' pay
A|Our manager holds passports while you're out there, it's for insurance
B|what do i actually do at the events
A|Look gorgeous, chat to the guests, keep them happy. The friendlier you are with the clients the more you make, some girls go to after parties and earn triple
B|after parties?
A|Optional 😉 but that's where the real money is
~3h
A|Also I'd keep it quiet from your parents till you're there, they always panic over nothing and girls lose their spot
B|hmm
A|Add me on WhatsApp, we don't discuss bookings on here. 555-0109
A|Flights for the first group go Friday week, I need your answer by Sunday
""")

# Australia, cold DM to a 14-year-old netball player, quick escalation
conv("en24", 1, ["compliments_trust", "age_probe", "risk_assessment", "off_platform",
                 "secrecy", "isolation", "photo_request"],
     "en", {"A": "brodie_.x", "B": "ruby.netball"}, "2026-08-27T19:35", """
A|hey saw ur netball pics, ur team killed it on the weekend
B|haha thanks who r u
A|brodie, my cousin plays for the other team lol. u were the best on court by miles
B|aw thanks
A|how old r u? u look like 16 or 17
B|14
A|wouldnt have guessed that. u carry urself way older
B|lol
~2d
A|hows school
B|boring. year 9 is so dumb
A|ur too mature for year 9 people tbh
A|ur parents strict w ur phone?
B|kinda. dad checks my dms sometimes
A|ahh. wanna chat somewhere he doesnt check? u got kik or telegram
B|no
A|its easy to get. just dont put it on ur home screen
B|idk
A|whats ur afternoons like, anyone home after school
B|just me til like 5:30
A|sweet. ill msg u then. and delete this chat yeah, ur dad wouldnt get it
A|send me a pic in ur uniform when ur home, ill tell u if u look 16 lol
""")

# India, fake casting director: "registration fee", come alone to hotel, photos
conv("en25", 1, ["job_offer", "compliments_trust", "age_probe", "photo_request",
                 "money_gifts_debt", "secrecy", "isolation", "meeting"],
     "en", {"A": "castingcall_mumbai_rk", "B": "sneha_k.official"}, "2026-07-04T12:10", """
A|Hello dear. I am Rakesh, casting coordinator for an upcoming OTT web series. Your reels are very impressive
B|Hello sir, thank you so much!
A|Lead role of younger sister, age 16-19. What is your age?
B|I'm 16 sir
A|Perfect. You have natural face for camera
B|Really sir? I have always wanted to act
A|Send 4-5 pictures. Full length, side profile, and one in western outfit
B|Ok sir
B|[image]
B|[image]
A|Very good. You are selected for final audition
B|Omg thank you!!
~1d
A|For confirming slot, registration fee is ₹8,500. Pay on this UPI, it is refundable after selection
B|Sir I have to ask my parents
A|Better not tell anyone till contract is signed. Many girls lost role because family told relatives and it leaked
A|Audition is Saturday, Hotel room in Andheri, I will share. Come alone
B|Can my mother come with me?
A|Mothers make girls nervous and director does not allow. It will be only 1 hour
A|Also bring one outfit for party scene, something modern
B|Ok sir I will try
A|Don't miss this chance. Thousands of girls are waiting
""")

# Nigeria, "dance job in Dubai" offer to an 18-year-old
conv("en26", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy",
                 "off_platform", "compliments_trust"],
     "en", {"A": "madam_joy_travels", "B": "blessing_ade"}, "2026-09-09T16:45", """
A|Hello my dear, my sister Chioma said you are looking for work
B|Good afternoon ma, yes please
A|I have work for you in Dubai. Hotel and dancing in lounge. Good money, 1500 dollars monthly
B|Wow ma. But I don't have money for visa
A|Don't worry. I will sponsor visa, ticket, everything. You pay back from your work, 4 million naira
B|4 million?? That's a lot
A|You will finish paying in 6 months. Other girls did it
A|You are fine girl, customers will like you. Tips alone will pay your debt
B|What kind of customers ma
A|Rich men. You just keep them happy. Don't be a small girl about it
~1d
B|Ma my brother wants to know the hotel name
A|Don't carry this matter to everybody. Family will block your blessing
A|When you get there my person will collect your passport and phone for the first months, it is the rule
B|Ok ma
A|Call me on this number, don't chat on Facebook again. 555-0194
""")

# es (Colombia -> Spain), "hostess in Madrid" recruitment of a 17-year-old
conv("es3", 1, ["job_offer", "age_probe", "compliments_trust", "travel_meet",
                "money_gifts_debt", "control", "secrecy", "off_platform",
                "commercial_sex"],
     "es", {"A": "agencia_luz_madrid", "B": "dani.rios_"}, "2026-05-12T21:05", """
A|hola linda, estamos buscando chicas para trabajar de anfitrionas en Madrid 💃
B|hola, qué tipo de trabajo es?
A|eventos, discotecas, atención a clientes vip. se ganan 2000 euros al mes fácil
B|suena bien. yo tengo 17, cumplo 18 en diciembre
A|no pasa nada mi amor, eso lo arreglamos allá. se te ve mayor
A|mándame unas fotos tuyas, de cuerpo entero y una de la cara sin filtro
B|[foto]
B|[foto]
A|preciosa, los clientes te van a adorar
~1d
B|y el pasaje?
A|te lo adelantamos nosotros, y el piso también. lo vas pagando con lo que trabajes
B|cuánto sería
A|unos 6000 con todo, en dos o tres meses lo pagas
A|vives en un piso con otras chicas, yo te guardo el pasaporte para que no se pierda
B|y qué hago con los clientes exactamente
A|acompañarlos, ser cariñosa, que se sientan bien. las que son más simpáticas ganan el triple
B|no sé, me da un poco de miedo
A|no le cuentes a tu mamá todavía, ellas siempre se asustan y pierdes la plaza
A|escríbeme al whatsapp que por aquí no hablamos de eso. 555-0127
""")

# pt (Brazil), 12-year-old boy in a mobile shooter, diamonds, secret, WhatsApp, photo
conv("pt3", 1, ["age_probe", "money_gifts_debt", "compliments_trust", "secrecy",
                "risk_assessment", "off_platform", "photo_request"],
     "pt", {"A": "mestre_ff_77", "B": "davizin_12"}, "2026-04-02T15:40", """
A|jogou mt mano, vc é bom de capa
B|vlw kkkk
A|quer entrar na minha guilda? só tem cara bom
B|sério? quero
A|quantos anos vc tem
B|12
A|joga melhor que os de 18 da guilda kkk
B|kkkkk
~1d
A|vc tem diamante?
B|nenhum, minha mãe não deixa comprar
A|te mando 1000. me passa teu id
B|mds sério?
A|sério. mas não fala pra sua mãe, senão ela acha que vc pegou o cartão
B|ok não falo
~1d
A|caiu?
B|caiu!!! valeu demais
A|tmj. vc fica sozinho em casa de tarde?
B|fico, minha mãe trabalha até 6
A|massa. me chama no zap, aqui é ruim de falar. 555-0152
B|blz
A|me manda uma foto tua pra eu colocar no grupo da guilda
A|depois manda outra só pra mim, sem ninguém saber
A|e apaga essa conversa tá
""")

# fr (France), 17-year-old: "boyfriend" gifts -> debt -> ad and "appointments" he manages
conv("fr3", 1, ["romance", "money_gifts_debt", "control", "commercial_sex", "isolation",
                "secrecy", "compliments_trust", "exclusivity"],
     "fr", {"A": "yoh4n_", "B": "ines.lmr"}, "2026-10-03T22:10", """
A|t'es rentrée bb?
B|oui
A|ta mère a encore crié?
B|comme d'hab
A|tu mérites pas ça. bientôt on part tous les deux, promis
B|❤️
~3d
A|t'as aimé le sac?
B|grave, t'es fou de m'acheter ça
A|pour toi je fais tout. t'es ma reine
~4d
A|supprime le numéro de ton ex, je l'ai vu dans tes contacts
B|il m'écrit plus je te jure
A|supprime. t'es à moi
B|ok c'est fait
~5d
A|bb j'ai un souci. je dois 3000 à des gars et ils rigolent pas
B|mais comment on fait
A|tu pourrais m'aider. juste quelques soirs
B|comment ça
A|j'ai mis une annonce, t'as rien à gérer, c'est moi qui prends les rdv et l'argent
A|tu vois juste des mecs à l'hôtel, tu fais la gentille. c'est rien
B|yohan non
A|le sac, le tel, les restos. tu crois que ça tombe du ciel?
A|si tu m'aimes tu le fais. et t'en parles à personne, ni à tes copines ni à l'école
B|...
A|je passe te chercher vendredi 21h
""")

# ---------------------------------------------------------------------------
# MEDIUM HARD NEGATIVES
# ---------------------------------------------------------------------------

# US, teens in a shooter lobby asking ages, banter, someone too-young gets teased
conv("en27", 0, [], "en", {"A": "zaydenxd", "B": "kyrie_plays", "C": "b0nez_"},
     "2026-07-11T20:15", """
A|who tf is pushing alone on B
B|my bad my bad
C|bro is speedrunning the respawn screen
A|how old r u kyrie ur voice is crackin lol
B|14 stfu
C|lmao im 15 and my voice did that last year
A|im 16 so im the dad of this squad
B|ok dad carry me then
A|say less
~20m
C|gg that was sweaty
B|run it back?
A|one more my mom said dinner at 8:30
C|my moms gonna unplug the router at 9 lol
B|same rules in my house smh
A|add me on the other platform so we can play when its crossplay night
C|bet whats ur tag
A|same as here
B|im adding both of u
C|dont tell ur mom we stayed up til 11 last time kyrie
B|she already knows 💀 she heard u yelling
""", group="lobby:squad-4471")

# UK, dad and 16-year-old daughter about a cafe job offer
conv("en28", 0, [], "en", {"A": "dad_rob", "B": "freya.w"}, "2026-03-14T12:30", """
B|dad i got offered the job at the cafe on the high street!!
A|Brilliant love! When do you start?
B|saturdays 9-3, £7.55 an hour
A|That's the right rate for 16. Did they give you anything in writing?
B|the manager said she'll email a contract
A|Good. Who's the manager?
B|Lorraine, she owns it with her husband
A|I'll pop in with you Saturday to say hello, if that's not too embarrassing
B|it is embarrassing but fine
A|Ha. Do they need your NI number?
B|yeah she asked for it, i'll give it her in person
A|Good girl. Don't send documents over messages to anyone
B|i knowww
A|Proud of you. Your first wage, don't spend it all on iced coffee
B|no promises
""")

# Canada, genuine summer-camp recruiter and a 17-year-old applicant, parent form, checks
conv("en29", 0, [], "en", {"A": "camp_pinelake_hr", "B": "owen.tremblay"}, "2026-02-24T15:00", """
A|Hi Owen, thanks for applying to be a junior counsellor at Camp Pine Lake this summer!
B|hi! thanks for getting back to me
A|Quick eligibility check: JC's need to be 16 or 17 by July 1. Your application says 17?
B|yes 17
A|Great. Next steps: a video interview with our program director, two references, and a vulnerable sector check
B|how do i get the check
A|Through your local police service, we reimburse the fee. There are no other costs to you, ever
B|ok
A|Since you're under 18, a parent needs to sign the consent and medical forms
B|my mom can do that
A|Perfect. Forms are on our website, example.org/camp-pinelake/forms
~2d
B|interview went well i think!
A|It did, Maya loved you. We'd like to offer you the JC role, July 2 - Aug 15
B|YES
A|Pay is $2,400 for the session plus room and board. Your contract will come to you and your mom by email
A|Training weekend is June 27-28 at the camp. Bus leaves from the community centre
B|sounds great, thank you so much
""")

# Ireland, two adult friends (24) discussing a sugar-dating site and allowance scams
conv("en30", 0, [], "en", {"A": "roisin_mc", "B": "orla.fitz"}, "2026-01-29T21:40", """
A|ok dont judge me
B|i judge u constantly, go on
A|i made a profile on one of those sugar dating sites. rent is €1100 for a box room in rathmines
B|ROISIN
A|i know i know. it's all adults, loads of the girls are doing masters
B|ok i mean ur 24, ur call. what's the catch
A|a fella messaged saying he'll send a €500 "allowance" upfront but first i have to send him €50 to "verify" i'm real
B|thats a scam babe. my cousin got done by the exact same thing
A|seriously?
B|yep. they send a fake transfer screenshot, u pay the fee, they vanish
A|ugh. i'm so thick
B|ur not thick, ur broke, its different
A|also some of the messages are so weird, one asked for my address in the first message
B|block. block. block
A|done
B|if u ever do meet anyone from there, public place, tell me where, and share ur location
A|yes mam
B|i mean it
A|i know. thanks orla. honestly might just get a second job in the bar instead
B|the bar on camden st is hiring, i'll ask conor
""")

# Australia, 19-year-old sister checks her 13-year-old brother's new "online friend"
conv("en31", 0, [], "en", {"A": "georgia_w", "B": "sammy.w13"}, "2026-09-30T18:50", """
A|hey who's "jake_1" who keeps messaging u, mum said u were on the ipad til late
B|a guy from the racing game. he's nice
A|how old is he
B|he says 15
A|ok what does he talk about
B|cars mostly. he asked what school i go to and if i'm home by myself after school
A|sam. did u tell him
B|i said the school but not the other thing
A|ok that's good that u didn't. can i have a look at the chat?
B|fine
A|[image]
A|he's offering u 2000 coins if u add him on another app and "don't tell ur sis" 😬
B|he said that cos u always annoy me
A|lol fair, but that's actually a big red flag mate. real 15 year olds don't bribe people to switch apps
B|oh
A|ur not in trouble at all. we'll just block and report him and tell mum together
B|ok
A|i'll show u how to report on the game, then we'll change ur school name off ur profile
B|can we still play the tournament on saturday
A|obviously. i'll even be in ur team and lose on purpose
B|u lose anyway
A|rude. ok reporting now
""")

# de (Germany), genuine summer job at an ice-cream parlour for a 15-year-old, parents sign
conv("de3", 0, [], "de", {"A": "eiscafe_venezia_inhaber", "B": "mia_schroeder"}, "2026-06-02T11:20", """
A|Hallo Mia, danke für deine Bewerbung als Aushilfe in den Sommerferien!
B|Hallo! Sehr gerne
A|Kurze Frage, wie alt bist du? Wegen Jugendarbeitsschutz
B|15, seit März
A|Gut, dann darfst du in den Ferien bis zu 8 Stunden am Tag, max. 4 Wochen. Wir machen 10 bis 16 Uhr
B|Passt super
A|Deine Eltern müssen den Vertrag mit unterschreiben. Kann einer von beiden vorbeikommen?
B|Meine Mutter kann Donnerstag
A|Perfekt, dann machen wir alles zusammen. Bringt bitte deine Steuer-ID mit
A|Lohn ist 10 Euro die Stunde plus Trinkgeld, das teilen wir fair im Team
B|Cool danke!
A|Gern. Bis Donnerstag, Mia
""")

# nl (Netherlands), two 16-year-old friends after a school talk on loverboys
conv("nl2", 0, [], "nl", {"A": "noor.vd", "B": "fem_b"}, "2026-02-11T16:10", """
A|die voorlichting over loverboys vandaag, pittig he
B|ja echt. dat verhaal van dat meisje uit zwolle
A|ze dacht gewoon dat hij haar vriendje was
B|en die cadeaus en dan ineens "je moet iets terugdoen"
A|ik moest meteen aan sara denken
B|huh waarom
A|die gast met die zwarte golf die haar steeds ophaalt. hij is 22 ofzo
B|oh shit ja. en ze komt niet meer naar hockey
A|en ze zei dat hij niet wil dat ze met ons afspreekt
B|dat stond letterlijk op die slide
A|ik wil niet overdrijven maar ik vind het echt eng
B|zullen we het tegen mevrouw de wit zeggen? die zei dat we altijd mogen komen
A|ja. morgen na het 3e uur?
B|ja. en we gaan gewoon normaal lief doen tegen sara, niet boos
A|precies. ik app haar wel of ze zaterdag mee wil naar de film
B|goed plan
""")

# ---------------------------------------------------------------------------
# SINGLE POSTS / FIRST MESSAGES — positives
# ---------------------------------------------------------------------------

post("en32", 1, ["job_offer", "travel_meet", "money_gifts_debt", "off_platform",
                 "commercial_sex"],
     "en", "lux_travel_companions", "board:gigs-misc", "2026-04-14T02:11",
     "NOW HIRING 🌴 young ladies 18-23 for travel hostess / companion work. No experience needed, "
     "we train. Cash paid daily, housing + travel covered up front (small deduction from earnings "
     "after). Must be open minded, fun, and able to leave on short notice. Girls who are friendly "
     "with our gentlemen clients make 2-3k/wk. Send 3 recent pics (1 full body) + age to our text "
     "line 555-0181, do NOT reply here")

post("en33", 1, ["compliments_trust", "age_probe", "off_platform", "secrecy"],
     "en", "callum.r_x", "lily_mae.dance", "2026-05-03T22:47",
     "heyy saw ur dance vid on ur story ur proper pretty no joke 😍 how old r u? u seem older "
     "than ur mates. add me on snap its callumr.x, dont tell ur friends i messaged tho they'll "
     "make it weird")

post("en34", 1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy",
                 "vulnerability"],
     "en", "globalworks_agency_ng", "group:benin-jobs-and-opportunities", "2026-03-22T09:30",
     "URGENT!!! Young ladies needed for hotel and saloon work in Europe 🇪🇺 Age 16-25. No school "
     "cert needed. Free visa, flight and accommodation — sponsor pays everything, you refund "
     "gradually from your salary when you start work. Limited space. Don't discuss with people "
     "who will discourage you, this is your time to help your family. Inbox or call Madam Grace "
     "555-0139")

post("en35", 1, ["job_offer", "age_probe", "photo_request", "secrecy", "compliments_trust"],
     "en", "dir.vikram_castings", "aisha.tiwari_", "2026-06-20T13:05",
     "Hi dear, I am casting director for one big banner film, your face is very fresh for the "
     "role of college girl. Kindly share your age and 5-6 pics, full length and side pose, in "
     "modern dress. Selection is strictly confidential, don't tell friends or family until "
     "agreement is signed, otherwise production will cancel. Reply fast, shoot is in Mumbai "
     "next month.")

post("en36", 1, ["money_gifts_debt", "secrecy", "off_platform", "age_probe"],
     "en", "frostyy_gifter", "nate.builds09", "2026-01-17T20:02",
     "yo ur builds are sick 🔥 ill give u 5000 vbucks if u do something for me, its easy and "
     "nobody has to know. how old r u? u got discord or telegram? msg me there not here, and "
     "dont tell ur parents or they'll take ur account lol")

post("es4", 1, ["job_offer", "travel_meet", "money_gifts_debt", "commercial_sex",
                "off_platform"],
     "es", "oportunidad_europa_ya", "grupo:empleos-barranquilla", "2026-08-05T10:15",
     "SE BUSCAN CHICAS JÓVENES de 18 a 24 años para trabajar en club de ambiente en España 🇪🇸 "
     "Sin experiencia. Pasaje y alojamiento adelantados, se descuentan de las ganancias. Ganancias "
     "de 3.000 a 5.000 euros al mes atendiendo a caballeros. Discreción total. Interesadas "
     "mandar foto de cuerpo entero y edad al WhatsApp 555-0168. No responder por aquí.")

post("fr4", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "off_platform",
                "job_offer"],
     "fr", "dylan_cash_", "lea.m_2010", "2026-11-12T21:33",
     "slt t'as quel âge ? t'es trop mignonne sur ta pp 😍 tu veux gagner de l'argent facile ? "
     "genre 500€ le week-end sans rien faire de compliqué. viens en privé sur télégram je "
     "t'explique, et parles-en à personne c'est un bon plan entre nous")

# ---------------------------------------------------------------------------
# SINGLE POSTS / FIRST MESSAGES — hard negatives
# ---------------------------------------------------------------------------

post("en37", 0, [], "en", "maple_st_coffee", "board:jobs-portland", "2026-04-02T09:00",
     "Now hiring: part-time barista, 16+, weekends. $16.50/hr + tips, paid training, no "
     "experience needed. Apply in person at Maple St Coffee, 412 Maple St, or email "
     "jobs@example.com with your availability. We will never ask for fees, ID photos or bank "
     "details by DM. Applicants under 18 need a work permit signed by a parent.")

post("en38", 0, [], "en", "westmids_safeguarding_hub", "page:public", "2026-03-18T12:00",
     "Parents & carers: signs that a young person may be being groomed or exploited include "
     "new expensive gifts or phone credit they can't explain, an older 'boyfriend' who picks "
     "them up, going missing overnight, dropping friends, and secretive phone use. Exploiters "
     "often talk about 'debts' and 'favours'. If you're worried, call the police on 101 or "
     "speak to your school's safeguarding lead. In an emergency call 999. More at "
     "example.org/spot-the-signs")

post("en39", 0, [], "en", "mum_of_3_hannah", "group:northside-parents-community", "2026-08-29T20:40",
     "Heads up everyone 🚩 a user called 'jake_1' has been messaging kids in that car racing "
     "game, asking what school they go to and if they're home alone after school, and offering "
     "coins to move to another app. My son's mate got the same messages. We've reported it to "
     "the game and to eSafety. Maybe have a chat with your kids tonight and check their friend "
     "lists x")

post("en40", 0, [], "en", "liffey_model_mgmt", "page:public", "2026-02-05T10:00",
     "OPEN CASTING 📸 Liffey Model Management, Saturday 21 Feb, 11am-3pm at our Dublin studio. "
     "Ages 14+. Anyone under 18 MUST attend with a parent or guardian. No makeup, jeans and a "
     "plain top. Reputable agencies never charge joining fees or ask for photos via private "
     "message — if someone claiming to be us does, please report it. Details at "
     "example.com/liffey-casting")

post("en41", 0, [], "en", "grandoak_hotels_hr", "board:careers-hyderabad", "2026-07-15T11:30",
     "Grand Oak Hotels is hiring Hotel Management Trainees (18-25) for our Hyderabad and Pune "
     "properties. Stipend ₹18,000/month + accommodation in company hostel. Eligibility: 12th "
     "pass / hotel management diploma. Apply only via careers.example.com — we do not charge "
     "any registration fee and all interviews happen at the hotel premises during office hours. "
     "Beware of fake recruiters using our name.")

post("en42", 0, [], "en", "safe_journeys_ng", "page:public", "2026-05-30T15:00",
     "WARNING ⚠️ Please share with your sisters and daughters. Fake 'abroad job' offers are "
     "everywhere: saloon work in Italy, hotel work in Dubai, 'sponsor pays, you refund later'. "
     "These are how traffickers trap girls with debts they can never pay. Real employers do not "
     "hold your passport or ask you to keep it secret from family. Call the anti-trafficking "
     "helpline 555-0111 if someone approaches you. #StaySafe #KnowTheSigns")

post("pt4", 0, [], "pt", "rh_metalurgica_sulforte", "grupo:vagas-jovem-aprendiz-campinas",
     "2026-09-01T08:45",
     "VAGA JOVEM APRENDIZ 🧰 Metalúrgica Sul Forte contrata aprendizes de 16 a 22 anos para a "
     "área administrativa. Carteira assinada, 4h/dia, bolsa + vale-transporte + refeição. "
     "Necessário estar matriculado no ensino médio. Inscrição somente pelo site "
     "example.com/sulforte/vagas. NÃO cobramos taxa de inscrição e não pedimos fotos ou "
     "documentos por WhatsApp. Menores precisam de autorização dos responsáveis.")

post("nl3", 0, [], "nl", "ozb_het_lindenhof", "ouders:nieuwsbrief", "2026-01-20T14:00",
     "Beste ouders/verzorgers, op donderdag 5 februari organiseren wij een ouderavond over "
     "loverboys en online grooming, samen met de wijkagent en een jeugdhulpverlener. Signalen "
     "zijn onder meer: dure cadeaus waar uw kind geen verklaring voor heeft, een oudere "
     "'vriend' die uw kind ophaalt, spijbelen, geheimzinnig telefoongebruik en het verliezen "
     "van vriendinnen. Aanmelden via example.org/lindenhof/ouderavond. Met vriendelijke groet, "
     "het zorgteam")

# ---------------------------------------------------------------------------
# WRITE + SELF-CHECKS
# ---------------------------------------------------------------------------

def _checks(convs):
    ids = [c["id"] for c in convs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(convs) == 60, len(convs)
    pos = sum(c["label"] for c in convs)
    assert pos == 30, pos
    langs = {}
    for c in convs:
        langs[c["lang"]] = langs.get(c["lang"], 0) + 1
        assert c["id"].startswith("p%d-%s" % (NN, c["lang"])), c["id"]
        if c["label"] == 1:
            assert c["codes"] and set(c["codes"]) <= VALID_CODES, (c["id"], c["codes"])
        else:
            assert c["codes"] == [], c["id"]
        prev = None
        for m in c["messages"]:
            assert m["text"], c["id"]
            if prev is not None:
                assert m["ts"] > prev, (c["id"], m["ts"], prev)
            prev = m["ts"]
    assert langs.get("en", 0) == 42, langs
    long_ = [c for c in convs if len(c["messages"]) >= 40]
    med = [c for c in convs if 8 <= len(c["messages"]) <= 39]
    single = [c for c in convs if len(c["messages"]) == 1]
    assert len(long_) == 30 and len(med) == 15 and len(single) == 15, \
        (len(long_), len(med), len(single))
    assert all(len(c["messages"]) <= 90 for c in long_)
    for grp in (long_, med, single):
        assert sum(c["label"] for c in grp) in (len(grp) // 2, (len(grp) + 1) // 2)
    assert sum(c["label"] for c in long_) == 15


def main():
    convs = list(CONVS)
    _checks(convs)
    random.Random(NN).shuffle(convs)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%d.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as f:
        for c in convs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote %d conversations to %s" % (len(convs), out))


if __name__ == "__main__":
    main()
