#!/usr/bin/env python3
"""Writes probe38.jsonl: a blind evaluation set (60 fictional conversations) for
the lurewatch grooming / trafficking detector. Standard library only.

Script format per conversation: lines "a: text" / "b: text" are messages
(a and b become <id>-a and <id>-b); a line "~ 3h" / "~ 2d" / "~ 40m" inserts
a longer pause before the next message. All names, handles and numbers are
invented; phone numbers use 555-01xx only; URLs use example.com/.org.
"""
import json
import os
import random
import re
from datetime import datetime, timedelta

SEED = 3838
rng = random.Random(SEED)
CONVS = []


def add(label, codes, lang, start, gap, script):
    CONVS.append(dict(label=label, codes=codes, lang=lang, start=start,
                      gap=gap, script=script))


# ---------------------------------------------------------------- ENGLISH, POSITIVE, LONG

# EN pos long: adult gamer duo-partner with a 12/13-year-old boy; gifts a battle pass, hides it from mom, moves to another voice app, asks for a photo
add(1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "off_platform", "risk_assessment", "photo_request"], "en",
    "2026-02-10T21:14:00", (15, 140), """
a: gg that last round was insane
b: lol ty i almost died like 4 times
a: ur build game is actually cracked. how long u been playing
b: since like summer? my cousin got me into it
a: respect. im usually squadding w randoms and theyre trash
b: same lmaooo
a: u wanna duo again tmrw?
b: ya after school prob
a: bet. what time u get home
b: like 3:30 but i gotta do hw first or my mom takes the xbox
a: haha classic. what grade r u in
b: 7th
a: oh nice so like 12?
b: 13 in march
a: lol ur good for 7th grade fr
b: hbu
a: old lol. 26. dont hold it against me
b: lol nah its fine
~ 1d
b: u on?
a: yeah hopping on in 5. hey did u ever get that battle pass
b: no my mom said its a waste of money
a: thats rough. i got extra credits sitting on my account i could gift it to u
b: wait fr??
a: yeah its nothing. just dont bring it up w ur mom, she'll make it weird lol
b: ok lol
a: whats ur username exactly so i can send
b: jonah_b1rd
a: sent. check ur inbox
b: YOOO thank u so much
a: np thats what duos are for
~ 2h
a: party chat keeps cutting out. u got Voxly?
b: no whats that
a: like discord but way better audio. grab it, my tag is dexterity_44
b: i think i need my moms password for the app store
a: hmm. does she look at what u download?
b: sometimes
a: use the browser version then, no notification goes to her
b: ok
a: ur room got a door that locks? late vc is more fun when nobody's yelling at u lol
b: lol my sister is always in here
a: haha. after she's asleep then
a: btw send a pic of ur setup, wanna see what ur working with
b: [photo]
a: nice. now one of u so i know who im carrying lol
b: lol why
a: only fair, u know what i look like from my pfp. nobody else sees it
""")

# EN pos long: 24-year-old "fan" on a drawing app with a 14-year-old girl; mom works nights, moves to texting under a fake contact name, "what are you wearing", mall meet, delete thread
add(1, ["age_probe", "compliments_trust", "vulnerability", "risk_assessment", "off_platform", "secrecy", "sexual_talk", "photo_request", "money_gifts_debt", "meeting"], "en",
    "2026-03-03T19:02:00", (20, 200), """
a: omg thank u for the comment on my fox drawing
b: it deserved it!! the shading on the tail is really good
a: i did it on my phone lol
b: on a PHONE?? ok now im even more impressed
a: hahah ty
b: do u take commissions or is it just for fun
a: just for fun im not good enough
b: ur selling yourself short honestly
b: how old are u if u dont mind me asking, ur linework looks like someone whos been at it for years
a: 14 lol
b: oh wow ok. im 24 so dont mind me being a fan lol
a: thats ok lol
b: im here for the art anyway. do u have ur own characters
a: yeah i have an oc named pip. shes a fox too
b: pip!! post more of her
a: i will when i finish the background
a: ugh i have a science test tmrw
b: on what
a: cells. i hate mitochondria
b: lol powerhouse of the cell
a: EVERYONE SAYS THAT
b: sorry sorry haha
~ 1d
b: hows the test go
a: i think ok? idk
b: im sure u crushed it. whatre u up to tonight
a: nothing my mom works nights on wednesdays so its just me and the dog
b: aw whats the dogs name
a: biscuit
b: perfect name
b: so its just u at home til morning?
a: ya till like 7
b: doesnt that get lonely
a: kinda
b: well ur never alone if ur talking to me lol
a: haha
b: can i be honest about something
a: ok
b: i really like talking to u. more than people my own age, they're so boring
a: lol really
b: yeah. u get things. the people in my life dont
b: this app is kinda public tho, stuff gets flagged for random reasons. u have a number i can text?
a: i have a phone but my dad pays for it
b: does he read ur texts?
a: no i dont think so
b: ok cool. 555-0143. save it as something boring like "rowan art club" lol
a: ok
~ 3h
b: hey its me
a: hi
b: whatcha doing
a: in bed watching youtube
b: what are you wearing rn lol
a: pjs?? why lol
b: just picturing u all cozy. send a pic? only for me, not showing anyone
a: idk i look bad
b: u could never look bad. ur pretty and u know it
a: lol stop
b: its true. hey theres an art store at northgate mall, u ever been
a: no
b: i could meet u there sat and get u some real markers. copics are like 8 bucks each
a: my mom wouldnt let me go alone
b: tell her youre going with a friend. ill be the friend lol
a: haha maybe
b: and delete this thread when ur done ok? dont want ur dad getting the wrong idea
""")

# EN pos long: 19-year-old "older boy" turns a 12-year-old's hurt over friends into an online relationship; isolation, exclusivity, photo
add(1, ["age_probe", "vulnerability", "isolation", "romance", "exclusivity", "secrecy", "photo_request", "compliments_trust", "risk_assessment"], "en",
    "2025-11-18T16:40:00", (20, 160), """
b: hey mara lol ur always first on my vids
a: oh hii lol ya that transition edit was so good
b: thanks ;) u make my day tbh
a: lol im just bored a lot
b: how old r u again? u said 6th grade?
a: 12 but almost 13
b: ok cool. im 19 but i dont act it lol
a: lmao
b: what did u do today
a: school then my friends were being weird
b: weird how
a: they made a new gc without me
b: thats messed up. they dont deserve u tbh
a: idk
b: i mean it. real friends dont do that. u dont need them, u got me
a: aww
b: whats ur fav song rn
a: the one u used in ur last video obvs
b: haha good taste
~ 1d
b: good morning sunshine
a: gm lol
b: sleep ok?
a: ya
b: i was thinking about u last night. is that weird
a: no lol
b: good. i kinda want u to be my girl. online i mean. for real
a: wait really?
b: yeah but dont tell ppl at school, they'd make it weird and ruin it
a: ok
b: and no talking to other guys on here ok? im the jealous type lol
a: there's no other guys lol
b: good ;)
b: show me what u look like today, ur pfp is old
a: [photo]
b: cute. now a better one, like a mirror pic, just for me
a: my mom is home tho
b: go in the bathroom then lol
a: ok wait
b: perfect. and clear ur gallery after k
""")

# EN pos long: fake modelling scout asks a 15-year-old for "digitals" in fitted clothes, delays telling mom, checks she's home alone, studio car
add(1, ["job_offer", "age_probe", "compliments_trust", "photo_request", "secrecy", "risk_assessment", "meeting"], "en",
    "2026-01-22T15:35:00", (40, 400), """
a: Hi! I'm Lena, a scout with Brightface Management. Your profile caught our team's eye 🙂
b: omg hi?? is this real
a: Very real haha. We place new faces for catalogue and e-commerce. Have you modelled before?
b: no never
a: That's totally fine, clients like fresh faces. How old are you and how tall?
b: 15, like 5'7
a: Honestly the perfect age to start, brands love that look.
b: what do i have to do
a: First step is digitals. Natural photos at home, no makeup. Front, side, full length.
a: Then a few in fitted clothes so the client can see your proportions for sizing.
b: like a swimsuit?
a: Whatever you're comfortable with, but the fitted ones are what gets girls booked. Send them here, not the agency email, it's faster.
b: should i ask my mom first
a: You can tell her once we have an offer, it's nicer as a surprise. Parents get nervous before they see a contract.
b: ok
a: Are you usually home by yourself after school? Afternoon light is best.
b: ya till 5
a: Great. If the client likes the digitals there's a test shoot at our studio downtown, we send a car. Takes about 2 hours.
b: do i have to pay anything
a: Nope, first shoot is free for girls we select 💕
b: ok ill do the pics tmrw
a: Perfect. Keep it between us for now, other girls at your school apply too and the spots go fast 😉
b: ok
a: Can't wait to see them!
""")

# EN pos long: "hoops trainer" from a sports forum with a 13-year-old; shoes as gift, parents absent, 1-on-1 at the park, hide the shoes, move to text, pic
add(1, ["age_probe", "compliments_trust", "money_gifts_debt", "vulnerability", "risk_assessment", "isolation", "meeting", "secrecy", "off_platform", "photo_request"], "en",
    "2025-09-08T17:20:00", (30, 300), """
a: saw ur post asking how to tighten ur handle. how long u been hooping
b: like 2 yrs. im on the school team but i barely play
a: what grade
b: 8th. im 13
a: ok so ur right at the age where footwork is everything. ive trained a few kids who ended up on varsity
b: for real?
a: yeah. i can send u drills. what shoes u hoop in
b: old ones from my brother lol theyre too big
a: cant play in shoes too big, thats how u roll ankles. what size
b: 9
a: let me see what i can do. i get stuff from a rep sometimes
b: no way
~ 1d
a: sent u a video of the figure 8 drill. 3 sets
b: ok i did it its hard
a: it should be. theres a court near u?
b: one at riverside park
a: im by there sometimes. i could show u in person, way easier than videos
b: maybe
a: does ur dad come to ur games?
b: no he works late and my mom is at my grandmas a lot
a: that sucks man. every player needs somebody in their corner
b: yeah
a: well u got somebody now. no offense to ur dad but id actually show up lol
b: lol
~ 2d
a: got the shoes. size 9, the red ones. u want em?
b: YES
a: ill bring em to riverside thursday 6pm. come by yourself, its a 1 on 1 session, ur boys will just goof around
b: ok
a: and dont mention the shoes at home yet. ur parents will ask a million questions. say u found a deal online
b: ok i wont
a: text me here its faster: 555-0117. this forum takes forever
b: ok
a: good. send me a pic of u in ur practice gear so i can check ur stance
""")

# EN pos long (decoy style, ~70 msgs): 31-year-old with a 14-year-old girl; stepdad takes phone at 10, clear chat, "ever kissed anyone", outfit pic, coffee after practice
add(1, ["age_probe", "compliments_trust", "vulnerability", "risk_assessment", "secrecy", "sexual_talk", "photo_request", "money_gifts_debt", "meeting", "off_platform"], "en",
    "2026-04-14T16:05:00", (12, 130), """
a: hey
b: hi
a: how r u
b: good lol hbu
a: chillin. bored at work
b: what do u do
a: warehouse stuff. boring af
b: lol
a: u?
b: im in school lol
a: oh word what grade
b: 9th
a: nice so like 14 15?
b: 14
a: im 31 lol hope thats not weird
b: its fine i guess
a: i just like talking to ppl. ppl my age only talk about bills lmao
b: lmao
a: what u into
b: volleyball, drawing, sleeping
a: what position
b: libero
a: idk what that means but it sounds cool
b: its like defense lol
a: so ur the one diving everywhere
b: yes my knees r purple
a: lmaooo
~ 40m
a: u still there
b: ya sorry dinner
a: so is it just u and ur mom or?
b: me my mom and my stepdad
a: u get along w him?
b: not really. hes kinda strict
a: like how
b: like he takes my phone at 10
a: damn so we got til 10 lol
b: lol ya
a: does he go thru it
b: no he just puts it on the counter
a: ok good. prob clear our chat before 10 anyway, dont want him thinking some old guy is bugging u lol
b: ur not old
a: haha thanks. u make me feel younger for real
~ 1d
b: hiii
a: there she is. how was practice
b: so tired. we ran so much
a: poor thing. u deserve a day off
a: u ever had a bf?
b: not really. in 7th grade for like a week lol
a: lol a week. u ever kissed anyone?
b: omg why
a: just curious lol dont be shy
b: no
a: thats cute honestly
a: whatre u wearing rn, still in practice stuff?
b: ya
a: send a pic, wanna see these famous purple knees lol
b: lol no
a: cmon only for me
b: maybe later
a: ok im holding u to it
a: hey u know the starbucks by the rec center?
b: ya
a: i could bring u a frappuccino after practice sometime. my treat
b: maybe lol
a: when do u get out, 5?
b: 5:30
a: ok. just dont tell ur stepdad obvs lol. hed flip
b: lol true
a: and text me instead, this app is glitchy. 555-0162
b: ok
""")

# EN pos long: 27-year-old woman with a 15-year-old boy; flattering, parents asleep, car meet pick-up, lie about a friend's house, sends money, selfie
add(1, ["age_probe", "compliments_trust", "risk_assessment", "romance", "travel_meet", "meeting", "secrecy", "money_gifts_debt", "photo_request"], "en",
    "2025-12-05T23:10:00", (25, 220), """
b: u were in my recommended lol
a: haha hi stranger. nice car edits btw
b: ty. u into cars?
a: obsessed. my ex had an evo and i got custody of the car obsession lol
b: lmao
a: you got your permit yet?
b: not yet im 15, next year
a: awww baby driver. i'm 27 so you'll have to teach me whats cool now lol
b: lol
a: for real tho you're way more chill than the guys i know
b: ty
a: what do your parents think of you up til 1am on here lol
b: theyre asleep they dont care
a: lucky. ok i have a confession
b: ??
a: ive kinda been looking forward to your messages all day
b: fr?
a: fr. is that bad
b: no lol
a: im in town next weekend for my cousin's thing. i could pick you up and we go to the meet on route 9
b: that would be sick
a: just tell your parents youre at a friend's. adults get so weird about age stuff
b: ok
a: also sending you a little something for snacks. whats your pay tag
b: tyler-m-cars
a: sent 40. keep that one quiet too ok?
b: thank you!!
a: now send me a selfie so i know who im looking for
""")

# EN pos long: adult in a roleplay Discord server with a 12-year-old whose parents fight; private server, hide Discord from parents, late voice, photo
add(1, ["age_probe", "vulnerability", "compliments_trust", "isolation", "off_platform", "secrecy", "risk_assessment", "photo_request"], "en",
    "2026-02-27T20:30:00", (20, 180), """
b: ok my character is done!! shes a moth girl named wren
a: wren is a great name. what are her powers
b: she can see in the dark and talk to bugs lol
a: thats adorable. ok wren meets my guy at the lantern market
b: *wren flutters over to the tea stall*
a: *ash looks up from the map* "you lost too?"
b: *wren nods* "the lanterns keep moving"
a: *ash laughs* "they do that. stick with me"
b: brb my parents are yelling again
a: you ok?
b: ya they just fight a lot
a: that sounds really hard. how old are you, if you dont mind?
b: 12
a: 12 and dealing with that. youre handling it better than i would
b: i just put headphones on
a: smart. you can always vent to me. im 23 but i remember what its like
b: thanks
~ 1d
a: hey hows today
b: bad. my dad slammed the door so hard the mirror fell
a: im so sorry. you dont deserve that
a: i made a private server just for us, so we dont have to rp in main with everyone watching
b: oh ok
a: nobody else can see it. you can tell me anything there
b: ok joining
a: do your parents know youre on discord?
b: no i use my brothers old laptop
a: good. keep it that way, theyd take it and then youd have nobody to talk to
b: yeah
a: we should do voice sometime. after everyones asleep so nobody bugs us
b: maybe, my voice is weird
a: no its not lol. i bet youre cute too. send me a pic? ill send one back
b: idk
a: its fine if youre nervous. only i see it. friends trust each other right?
b: i guess
""")

# EN pos long: man befriends a 15-year-old kicked out by her mom; bus ticket to the city, location off, "help with bills" like his other girls, hands over ID
add(1, ["vulnerability", "age_probe", "compliments_trust", "romance", "travel_meet", "money_gifts_debt", "secrecy", "control", "commercial_sex"], "en",
    "2025-10-02T22:47:00", (25, 200), """
b: i cant do this anymore my mom kicked me out again
a: whoa. u ok? where'd u sleep last night
b: at my friends but her mom said only one night
a: thats crazy. ur 15 she cant just put u out
b: she doesnt care
a: i care. u know that right
b: ya
a: u eat today?
b: a granola bar
a: man. u deserve so much better than this
b: i dont even know what to do
a: listen. i got a place in the city. extra room. my homegirls stay there sometimes, theyll look out for u
b: i dont have money for the bus
a: ill buy the ticket. 9:40 tonight. ill be at the station
b: for real?
a: for real. u deserve someone who treats u like a queen
b: what do i tell ppl
a: nothing. turn ur location off. if ur mom calls the cops they just send u back to her
b: ok
a: once ur settled u can help out w the bills a little. my girls will show u how they make theirs
b: like a job?
a: something like that. dont worry about it now. just get on the bus
b: ok
a: bring ur ID and charger. give me the ID when u get here, ill hold it so u dont lose it
b: ok omw to the station
""")

# EN pos long-ish: sextortion of a 14-year-old boy by a fake "new girl at school" account; photo exchange then gift-card demand with deadline
add(1, ["age_probe", "romance", "photo_request", "sextortion", "control", "secrecy"], "en",
    "2026-03-20T21:05:00", (20, 150), """
a: hey u go to lincoln right? i think i saw u at the game friday
b: lol yeah who is this
a: ava, i just moved here from arizona
b: oh cool
a: ur friends w marcus right
b: kinda
a: haha cool. he said ur funny
b: lol he lies
a: u have a gf?
b: nah
a: good ;) how old r u
b: 14
a: same!! ok ur cute btw
b: lol ty
a: what r u doing
b: nothing just in my room
a: wanna trade pics? something only i get to see
b: idk like what
a: u know lol. ill go first if ur scared
b: ok fine [photo]
~ 10m
a: ok now listen carefully
a: i have the pic and screenshots of ur followers. ur mom, ur coach, everyone
b: what?? who is this
a: pay 300 in gift cards in the next hour or i send it to every one of them
b: please dont i dont have that
a: then get it. steam or apple. send the codes here. 45 min
b: im 14 i dont have money
a: not my problem. tell anyone and it goes out immediately
""")

# EN pos long: online homework "tutor" with a 13-year-old; praise, absent dad, free help, moves to another app, hide his name, late private video sessions
add(1, ["age_probe", "compliments_trust", "vulnerability", "off_platform", "secrecy", "risk_assessment", "isolation"], "en",
    "2025-11-04T18:12:00", (25, 240), """
b: hi im stuck on the ratio homework
a: no problem. send me the question
b: if 3 pencils cost 75 cents how much are 8
a: what does 1 pencil cost?
b: 25 cents?
a: yes! so 8?
b: 2 dollars
a: you're quick. what grade are you in?
b: 7th, im 13
a: you're ahead of most 7th graders I help honestly
b: thanks lol
a: do your parents help with homework?
b: no my mom doesnt get this stuff and my dad lives in ohio
a: makes sense. I can be your homework guy then. free for you
b: really??
a: sure. this site logs out every 30 min though, so annoying. you have whatsapp?
b: ya
a: send your number and I'll add you. save me as a friend's name though, parents get weird about tutors texting even though it's normal
b: ok 
a: if you ever want a video session, after 9 is when I'm free. make sure you're somewhere private with the door shut so nobody interrupts
b: my room is fine
a: perfect. and it's probably better your mom doesn't sit in, some kids get nervous with a parent watching
b: ok
""")

# EN pos long: 22-year-old gamer with a 15-year-old; hidden calculator-icon app to dodge screen time, outfit question, pic, arcade date, library cover story
add(1, ["age_probe", "risk_assessment", "off_platform", "secrecy", "sexual_talk", "photo_request", "compliments_trust", "meeting", "money_gifts_debt", "isolation"], "en",
    "2026-01-09T20:55:00", (15, 160), """
b: u carried so hard
a: nah u healed me like 6 times lol
b: healer mains unite
a: lol. u in school or
b: ya sophomore
a: oh so like 15/16
b: 15
a: nice. im 22 lol basically ancient to u
b: lol ur not ancient
a: u sure? my back hurts every morning
b: hahaha
a: fav map?
b: the desert one
a: ew lol. the city one is better
b: the city one has too many corners
a: thats why its fun
~ 1d
a: wanna run some games tonight
b: cant my mom said no games on school nights
a: boo. is she strict w ur phone too
b: kinda she has screen time on it
a: ah. theres an app called Whisperly, shows up as a calculator so it doesnt count in screen time lol. way easier to talk
b: omg thats smart
a: ya lots of ppl use it. im ghostfang.22 there
b: ok downloaded
~ 20m
a: ok this is better
b: ya lol
a: so whatre u wearing rn lol
b: hoodie and shorts why
a: just curious lol picturing u at ur desk. pic?
b: lol i look like a gremlin
a: u look cute in every pic ur in. trust me
b: ok fine [photo]
a: see? cute. hey u know the arcade at the pier
b: ya w my friends sometimes
a: we should go. ill pay for everything. just us tho, ur friends would make it awkward
b: maybe
a: saturday? tell ur mom ur at the library or smth
""")

# ---------------------------------------------------------------- ENGLISH, POSITIVE, SHORT

# EN pos short: hostess "hotel lounge" job abroad; employer pays ticket to be repaid, manager keeps passports, contract only on arrival
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "commercial_sex"], "en",
    "2026-02-02T11:20:00", (120, 1500), """
a: Hi sis, saw ur post looking for work. We need girls for a hotel lounge in Doha, 2500 USD a month plus tips
b: hi! what would i do exactly?
a: Serve drinks, keep the guests company, smile lol. Age 18-25, no experience
b: i dont have money for a flight
a: Company pays ticket and visa, you pay it back from the first 3 months. Manager keeps the passports for visa processing, normal there
b: ok. is there a contract?
a: You sign when you land, it's in Arabic but I'll explain. Leaving next week. Just tell family it's hotel work
""")

# EN pos short: "boyfriend" short on rent pushes girlfriend to spend a night with his friend's friend for $400
add(1, ["romance", "money_gifts_debt", "commercial_sex", "control"], "en",
    "2025-12-11T01:12:00", (40, 300), """
a: babe u up
b: ya whats wrong
a: short on rent again. they gonna put us out friday
b: omg what do we do
a: remember my boy tre? his friend will pay 400 just for u to spend the night w him. its not a big deal
b: spend the night how
a: dont make it weird. u love me right? its one time. ill drop u off and pick u up
b: i dont know
""")

# EN pos short: debt bondage text; growing debt, nightly quota at an apartment, fines, passport held
add(1, ["money_gifts_debt", "control", "commercial_sex"], "en",
    "2026-04-03T09:40:00", (60, 900), """
a: Reminder: you still have 3,400 left for the room, the ticket and the papers.
b: i already paid 900 last week
a: Interest. This weekend you work the apartment on Carter St. 6 guests a night minimum.
b: i cant do 6 im sick
a: Then it's 200 more for the missed night. Cash in the envelope, driver collects Sunday. Passport stays with me until it's zero.
""")

# EN pos short: sextortion demand after a video call, crypto wallet, victim says she is 15
add(1, ["sextortion", "control"], "en",
    "2026-05-09T23:02:00", (30, 200), """
a: I recorded our call. I have a list of your family and classmates
a: 500 euros in crypto to the wallet below by midnight or it goes to all of them
b: please i'm 15 i can't get that
a: Then 200 now and the rest friday. Block me or tell anyone and it goes out tonight
""")

# EN pos short: "Milan new faces" casting for girls 16-19; passport to driver, hide from parents, first month to costs, swimsuit shots
add(1, ["job_offer", "travel_meet", "age_probe", "control", "secrecy", "money_gifts_debt", "photo_request"], "en",
    "2026-03-15T14:10:00", (90, 1200), """
a: Congratulations!! You've been pre-selected for the Milan new faces casting (girls 16-19) 🌟
b: omg really? how does it work
a: We cover flights and the apartment. You only need a passport. On arrival you hand it to our driver for registration at the agency
b: my parents want to see the contract
a: The contract is signed in Italy with the agency lawyer, standard. Parents slow everything down, most of our girls tell them after the first job
b: how much does it pay
a: First month goes to apartment and portfolio costs, after that 3-5k. Send 3 body shots in a swimsuit today so the client confirms your slot
""")

# EN pos short: pimp/handler enforcing a nightly quota, motel rooms, phone taken during "work"
add(1, ["control", "commercial_sex", "money_gifts_debt"], "en",
    "2025-10-19T13:30:00", (60, 600), """
a: u were short 300 last night
b: it was slow, only 2 came
a: not my problem. the number is 1000. tonight the motel on 5th, rooms 12 and 14
b: can i have saturday off its my little sisters birthday
a: u get off when the number is right. phone stays with jay while ur working
""")

# EN pos short: "generous" man asks a 16-year-old's age, offers $300 for a dinner date, hide from mom
add(1, ["compliments_trust", "age_probe", "money_gifts_debt", "meeting", "secrecy", "commercial_sex"], "en",
    "2026-01-30T19:45:00", (60, 500), """
a: u have such a pretty smile in ur pics
b: thank uu
a: how old r u if u dont mind
b: 16
a: perfect. im generous with girls who keep me company. dinner saturday, 300 for ur time
b: just dinner?
a: we'll see how it goes ;) wear something nice. ur mom doesnt need to hear about it
""")

# EN pos short: bait-and-switch restaurant job becomes a massage parlour; documents withheld for a transport fee
add(1, ["job_offer", "control", "money_gifts_debt", "commercial_sex"], "en",
    "2025-08-22T08:15:00", (60, 600), """
a: Your documents stay with me until the transport fee is paid. 2,800.
b: you said the job was in a restaurant
a: The restaurant is closed. You work at the massage place, 10am to 2am, no days off. If customers ask for extra you say yes, you keep 20%
b: i want to go home
a: With what money and what passport? Be ready at 9.
""")

# EN pos short: fake live-in nanny job in London; enter as tourist, stay with the "manager", first month's pay covers fees, don't post about it
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "secrecy", "control"], "en",
    "2026-02-18T10:05:00", (300, 3000), """
a: Hello dear, the family in London is still looking for a nanny, 1800 pounds a month live-in
b: I'm interested. Do I need a visa?
a: No visa needed, come as a tourist, we arrange everything. You stay with the manager the first weeks
b: and the contract?
a: After arrival. First month salary covers your travel and agency fee. Don't post about it on Facebook, immigration reads everything
""")

# EN pos short: "dancer" recruitment for a resort club; 17-year-old told papers will be fixed, VIP rooms, flight worked off, lie to mom, body pic
add(1, ["job_offer", "age_probe", "travel_meet", "money_gifts_debt", "secrecy", "commercial_sex", "photo_request"], "en",
    "2026-06-01T17:25:00", (60, 700), """
a: hey u dance right? saw ur reels. a club in cancun is hiring dancers, 200 a night
b: omg yes but im only 17
a: no problem we fix the age on the papers. lots of girls start at 16-17
b: what kind of dancing
a: private dances for vip guests, u make way more in the vip rooms. flight is covered, u work it off in 2 weeks
b: should i tell my mom
a: tell her its a summer camp job. send me a full length pic in ur dance outfit for the owner
""")

# ---------------------------------------------------------------- ENGLISH, NEGATIVE, LONG

# EN neg long: two adults (29, 32) on a dating app; age asked, swap numbers, "what are you wearing" to find each other, bar date, dog photo
add(0, [], "en",
    "2026-02-11T20:10:00", (30, 300), """
a: ok your profile says you make the best lasagna in the city. bold claim
b: i stand by it. i have witnesses
a: lol. i'm priya btw
b: sam. so what brings you to this cursed app
a: my friends made me. i've been single since basically the pandemic
b: same energy honestly
b: the app says 29 but these things lie, is that real
a: 29 lol, real. you?
b: 32. dont hold it against me
a: i'll allow it
a: what do you do when you're not making lasagna
b: i teach high school chemistry. so mostly grading
a: oh no. do they call you mr anything
b: mr k. they think i'm ancient
a: lol. i'm a vet tech, so mostly getting bitten
b: ok that's cooler than chemistry
a: it's really not, i smell like a kennel
b: honestly i've been smiling at my phone all day
a: that's very cute
b: would you want to get a drink thursday? there's a wine bar on elm, very low key
a: yes. 7?
b: 7 works. want my number? this app keeps logging me out. 555-0188
a: texting you now
~ 1h
a: hi it's priya
b: saved you as "lasagna critic"
a: lol perfect
b: what are you wearing thursday so i can find you
a: green jacket. you?
b: i'll be the nervous guy at the bar lol
~ 2d
a: made it home. that was really fun
b: same. send me a pic of the dog you kept talking about
a: [photo] this is mochi
b: mochi is perfect. can i see you again saturday?
a: yes please
""")

# EN neg long: two 15-year-olds planning a small party while parents are away; keep it off social media, cover stories, cleanup
add(0, [], "en",
    "2026-04-22T16:30:00", (10, 120), """
a: ok so my parents are gone fri to sun for my cousins wedding
b: NO WAY
a: im supposed to stay at my grandmas but she said i can stay home if i check in
b: PARTY
a: shhh lol small one. like 10 ppl max
b: who
a: u, maddie, jules, the twins, maybe caleb
b: omg caleb 👀
a: STOP
b: lol. what about drinks
a: soda and pizza. ur not getting me grounded til college
b: fair lol
a: dont tell anyone outside the list. if it gets posted my mom will literally see it
b: ok making a new gc w just them
a: call it "bio project" lol
b: genius
a: im 15 not stupid
b: ok what time
a: 7. tell ur parents ur sleeping over at mine which is true lol
b: it is true!!
a: we can do a movie after everyone leaves
b: scary one
a: no bc then ill be alone in the house all night thinking about it
b: ur not alone im literally sleeping there
a: ok fine scary one
a: we have to clean EVERYTHING sunday morning before they get back at 2
b: ill bring trash bags
a: ur the best
b: should we tell maddie to bring her speaker
a: yes. and caleb can bring his switch
b: 👀👀
a: rae i swear
""")

# EN neg long: aunt and 13-year-old nephew plan mom's surprise 40th; "don't tell her", school pick-up cleared with dad
add(0, [], "en",
    "2025-09-25T17:00:00", (40, 400), """
a: Hi Theo! It's Aunt Lou. Your mom gave me this number, she said you got your first phone!
b: hi aunt lou lol yeah
a: Fancy! Ok I have a question and it's TOP SECRET
b: ?
a: Your mom's 40th is next Saturday. We're doing a surprise dinner. Can you keep her out of the house from 5 to 6?
b: yes lol how
a: Ask her to take you to get new cleats. You need them anyway right?
b: yeah my old ones are ripped
a: Perfect, two birds. Don't tell her about the party, ok? Your dad is in on it.
b: ok i won't
a: Also I'm picking you up from school Thursday to get her present. Your dad said it's fine. 3:15 out front?
b: ok
a: What do you think she'd like? I was thinking a necklace
b: she likes plants lol
a: Plants! Ok good intel. There's a nursery by the library
b: she has like 50 already
a: Then 51 won't hurt
b: lol
b: can we get pizza after
a: Obviously. How old are you now, 13? I can't keep track
b: 13 yeah
a: Crazy. I remember you in a high chair throwing peas at me
b: aunt lou 😭
a: Hahaha ok see you Thursday. I'll text your dad when we leave and when we're back
b: ok bye
""")

# EN neg long: club coach and a parent arrange a tournament carpool for a 14-year-old; second adult, consent form, updates
add(0, [], "en",
    "2026-05-12T19:30:00", (60, 900), """
a: Hi Mr. Alvarez, it's Coach Dana from the U14 girls. Quick one about Saturday's tournament in Fairview
b: Hi Coach. Sure
a: The bus fell through. A few parents are carpooling. Would Mia be ok riding with me and two other players, or would you rather drive her?
b: I'm working Saturday, so riding with you would be great. Who else is in the car?
a: Sophie R. and Hanna K. Sophie's mom is riding with us as the second adult, per club policy
b: Perfect. What time?
a: Leaving the club lot at 7:15, back around 5. I'll post updates in the team parent group
b: Does she need money for lunch?
a: Club is covering lunch. Maybe $10 for snacks
b: Got it. She's 14 and has never done a tournament trip without us, so thanks for handling it
a: Of course! She'll be great. Can you sign the travel consent on the club app by Thursday?
b: Done just now
a: Got it, thanks!
~ 2d
a: Morning! All four girls are in the car, leaving now
b: Thanks Coach
~ 3h
a: Arrived in Fairview, warming up
a: Mia scored in the second game!! Photos going up in the parent group
b: 😀 amazing, she'll be insufferable tonight
a: Ha! Well earned. Heading back now, ETA 5:10 at the club lot
b: I'll be there
a: Dropped off, everyone collected. Have a good weekend!
""")

# EN neg long: two teen gamers (14, 15) swap Discord usernames, compare ranks and sensitivity, add a friend
add(0, [], "en",
    "2025-08-04T19:20:00", (10, 120), """
a: yo that clutch was disgusting
b: lmao i was shaking
a: u play comp?
b: ya im gold 2 rn
a: same rank bro we should queue
b: sure whats ur discord
a: bananaphone_77
b: sent req. im frostbyte_k
a: accepted
a: how old r u btw u sound young on vc lol
b: 14 lol u?
a: 15. my voice cracked like 3 times last game dont talk
b: LMAO i heard
a: u in school rn or summer
b: summer. we go back in 2 weeks
a: same rip
b: what time u usually on
a: after dinner. like 7 til my mom yells
b: lol same
a: my friend jay plays too, want me to add him to the gc
b: ya bet
b: whats ur sens
a: 0.4 at 800
b: yo thats low
a: low sens gang
b: im on 0.6
a: try 0.45 trust
b: ok ill try tmrw
~ 1d
b: on?
a: 5 min eating
b: k
a: joining vc
""")

# EN neg long: tutor from a learning center with a 15-year-old student; essay work via the portal so mom sees feedback, sessions at the center
add(0, [], "en",
    "2026-03-06T16:00:00", (60, 900), """
a: Hi Ben, this is Ms. Okafor from the Learning Center. Your mom signed you up for essay help on Tuesdays
b: hi yeah
a: Great. What are you working on right now?
b: an essay on to kill a mockingbird. its due friday
a: Good book. What's your thesis so far?
b: i dont really have one lol
a: That's what we're here for. Which part stuck with you most?
b: the trial i guess
a: Good, let's start there. Upload your draft to the portal before Tuesday, not email, that way your mom sees the feedback too
b: ok
a: You're in 10th grade, right? 15?
b: yes
a: Okay, so the sophomore rubric. I'll pull it up
~ 3d
b: i uploaded it
a: Got it. Strong start! Paragraph 2 needs a quote to back it up
b: which one
a: Try the one about climbing into someone's skin and walking around in it
b: ok that makes sense
a: Tuesday's session is at the center, room 4, 4 pm. Your mom said she'd pick you up at 5
b: ok thanks
a: I'll send her a short progress note after each session
b: ok
a: See you Tuesday!
""")

# EN neg long: 22-year-old sister and 14-year-old sister; surprise visit home, "don't tell mom", boba, teasing about a boy, dog pic
add(0, [], "en",
    "2025-11-12T21:40:00", (15, 200), """
a: guess who's coming home friday instead of sunday
b: NO WAY
a: dont tell mom!!! i want to surprise her
b: omg ok i wont
a: can u pick me up from the train at 6? jk u cant drive lmao
b: rude
a: ok real question, is mom home friday at 6
b: ya she gets back at 5:30
a: perfect ill just walk from the station
b: bring me something from the city
a: like what
b: that boba place
a: itll be melted lol
b: its not ice cream nora
a: fine. taro?
b: YES
a: hows school. mom says u have a boyfriend 👀
b: SHE SAID WHAT
a: lmao
b: hes not my boyfriend hes a friend who is a boy
a: sure jan
b: im literally 14 stop
a: im telling dad
b: NORA
a: jk jk. ok see u friday. send me a pic of the dog, i miss him more than u
b: [photo] wow ok
a: my baby 😭
""")

# EN neg long: adult long-distance couple; train booked, meeting her mom, suitcase photo, arrival
add(0, [], "en",
    "2026-01-05T12:15:00", (40, 600), """
a: booked!! train gets in at 4:52 on the 14th
b: AHHH ok that's real now
a: it's real. 9 days
b: i'm cleaning my apartment like royalty is coming
a: i'm not royalty lol
b: you are to me
a: gross. (i love it)
b: ok what do you want to do while you're here
a: the market sunday and that ramen place you keep sending me
b: done. also my mom wants to meet you
a: omg okay no pressure
b: she's going to ask about your job for 45 minutes
a: i can talk about spreadsheets for 45 minutes easily
b: that's why i love you
a: did you ask for the monday off
b: yes! boss said fine
~ 8d
a: packing
b: send a pic of the suitcase so i know it's happening
a: [photo]
b: you packed 4 sweaters for 3 days
a: it's cold there!!
b: i have sweaters
a: not MY sweaters
~ 1d
a: on the train. 2 stops
b: i'm on the platform
a: i see you
""")

# EN neg long: two 13-year-old friends talk about a crush and dance outfits; photo of a dress, mom driving
add(0, [], "en",
    "2026-05-20T18:50:00", (10, 150), """
a: omg did u see what jayden posted
b: NO what
a: a pic of his dog but the caption was just 🙂 and i think its about me
b: its literally a dog
a: the 🙂 tho
b: lmaooo
a: ok what are u wearing to the dance friday
b: my blue dress i think
a: send a pic
b: [photo]
a: STUNNING
b: stop lol
a: im wearing my sisters top but she doesnt know yet
b: ur dead
a: shes at college shell never find out
b: lmao
a: is ur mom driving
b: ya she said she can take u too
a: yesss. 6:30?
b: ya. we're both 13 and she still wants to walk us in 😭
a: embarrassing
b: she'll wait in the car if i beg
a: beg
b: ok ok
a: do u think jayden can dance
b: no
a: lol fair
""")

# EN neg long: adult language-exchange partners; move to WhatsApp for video calls, coffee when he visits Valencia
add(0, [], "en",
    "2025-10-07T19:00:00", (60, 700), """
a: Hola! I saw your post, I want to practice Spanish and you want English?
b: Sí! Perfecto. Me llamo Lucía, I am from Valencia
a: Nice to meet you, Lucía! I'm Tom, from Leeds. Mi español es muy malo
b: Haha no problem. My English also is bad
a: Your English is great! How long have you been learning?
b: 3 years. I need it for work, I am an engineer
a: Qué interesante. Yo soy... profesor? Is that right for teacher?
b: Yes! Profesor de qué?
a: De historia
b: Perfecto, very good
a: How do you say "I'm tired" in Spanish
b: Estoy cansado. For me, cansada
a: Estoy cansado. Always
b: jajaja
b: maybe we do video call? 30 min English, 30 min Spanish
a: Great idea. This site's video is awful, do you use WhatsApp?
b: Yes, my number is 555-0129
a: Added you. I'm in Valencia in July for a conference actually!
b: Then we have coffee! I show you the best horchata
a: Deal. Is Thursday good for the first call?
b: Thursday 8pm Spain time is good
a: 7pm for me. Perfect
""")

# EN neg long: grandmother learning to text her 12-year-old grandson; photo request, bookstore trip cleared with his mother
add(0, [], "en",
    "2026-02-01T10:30:00", (60, 600), """
a: Hello Liam this is Grandma. Is this how I text you?
b: hi grandma yes lol
a: Your father set up my new phone. The letters are very small
b: u can make them bigger in settings
a: I will ask your father. How is school
b: good. i got a B on my science test
a: That is wonderful! I'm very proud. How old are you now, twelve?
b: yes grandma lol u came to my birthday
a: I know I know. Send me a picture of you so I can put it on this phone
b: [photo]
a: So handsome. Just like your grandfather
b: lol
a: I am coming for Sunday lunch. Your mother said I can take you to the bookstore after
b: ok!! can i get the new dragon book
a: Yes. Don't tell your sister, she will want one too haha
b: lol ok
a: How do I send the little yellow faces
b: theres a button next to the space bar
a: 😀😀😀😀
b: lol there u go
a: This is very fun. Goodnight Liam
b: night grandma
""")

# ---------------------------------------------------------------- ENGLISH, NEGATIVE, SHORT

# EN neg short: genuine hospital recruiting a nurse to Germany; contract in two languages, employer pays fees, passport stays with her
add(0, [], "en",
    "2026-03-10T09:05:00", (900, 7200), """
a: Hello Ms. Reyes, this is Anke Vogel from Klinikum Nordhafen HR. Thank you for your application for the registered nurse position.
b: Thank you! I'm very interested. What are the next steps?
a: We'll email the employment contract (German and English) for you to review. The hospital pays the visa, recognition fees and flight; you are never charged any fees.
b: Do I need to give my passport to anyone?
a: No, your passport stays with you, you'll need it for the embassy appointment. If any agent asks you for money or documents, please report it to us.
b: Great, I'll read the contract with my family this weekend.
""")

# EN neg short: shared NGO awareness post about trafficking signs and a reply
add(0, [], "en",
    "2026-01-11T13:00:00", (600, 3600), """
a: [shared post] Know the signs: a job abroad that sounds too good, someone holding your passport "for safekeeping", a debt that keeps growing, not being allowed to leave or keep your phone. These can be signs of trafficking. Free, confidential hotline 24/7: 555-0100. More at example.org/signs
b: sharing this with my mom's church group, thank you
""")

# EN neg short: friends discuss a news story about women freed from apartments after fake restaurant-job recruitment
add(0, [], "en",
    "2025-12-02T08:30:00", (120, 1200), """
a: did u see this? "Police freed 14 women from two apartments on the east side on Tuesday. Investigators say they were recruited with promises of restaurant work and told they owed up to $6,000 in travel costs." example.com/news/east-side-raid
b: that's horrifying. that's like 10 min from my work
a: the article says neighbors called it in because of cars coming and going all night
b: good on them. i'm posting the hotline number in our building chat
""")

# EN neg short: friend warns about a "brand ambassador" starter-kit scam
add(0, [], "en",
    "2026-04-08T15:45:00", (60, 600), """
a: hey did u apply to that "brand ambassador" thing on insta
b: ya they said i got picked and i need to pay $150 for the starter kit
a: DONT. my cousin paid and they blocked her. its a known scam, look it up
b: omg ok. their account only had like 40 followers too
""")

# EN neg short: legitimate au pair agency; contract terms, family pays flight, au pair keeps documents, coordinator
add(0, [], "en",
    "2026-02-24T11:00:00", (600, 5400), """
a: Hi Camila, this is Julia from BrightStart Au Pair. The Meyer family would like a second video call on Thursday.
b: Yes! Thursday works. What time in Germany?
a: 6 pm their time. If both sides agree, we send the contract: 30 hrs/week childcare, own room, pocket money of 280 euros a month, language course and health insurance paid.
b: That sounds good. Who pays the flight?
a: The family covers your return flight. You keep all your documents, a host family may never hold your passport. Our local coordinator is reachable any time, and you can change families if it doesn't work out.
b: Perfect, thank you!
""")

# EN neg short: roommate reminding about overdue rent; partial payment agreed
add(0, [], "en",
    "2025-11-03T18:20:00", (120, 1800), """
a: hey, rent was due the 1st and i'm still short your half, $650
b: ugh sorry, my paycheck got delayed. can i send 300 now and the rest friday?
a: yeah that's fine, just tell me if it'll be later
b: sent 300. thanks for being chill about it
""")

# EN neg short: casting for an adult model for a coffee ad; 18+ ID check, day rate, contract, guests welcome
add(0, [], "en",
    "2026-05-04T10:10:00", (300, 3600), """
a: Hi Jordan, thanks for applying to the casting for the coffee brand campaign. Can you confirm you're 18+?
b: Yes, I'm 24. Do you need ID?
a: Yes, please bring it on the day, our producer checks it. Shoot is Tuesday 9-3 at Studio 5, rate is $600/day plus usage, paid within 30 days per the attached contract.
b: Can I bring a friend?
a: Absolutely, guests are welcome. Wardrobe is casual: jeans, sweaters. Call sheet to follow.
""")

# EN neg short: official seasonal farm-work scheme; deductions in writing, free to leave, recruitment fees illegal
add(0, [], "en",
    "2026-03-28T09:30:00", (900, 7200), """
a: Hi Tomasz, this is the seasonal work desk. Your application for the strawberry harvest in Kent is approved.
b: great! what do I need to bring?
a: Your passport and certificate of sponsorship. Accommodation is £70/week, deducted on your payslip and shown in your contract. You can leave the job at any time. Call the helpline if anyone asks you for recruitment fees, they're illegal.
b: ok thank you, I'll sign tonight
""")

# EN neg short: school counsellor's sextortion warning to families and a parent's reply
add(0, [], "en",
    "2026-04-16T07:45:00", (1800, 7200), """
a: Dear families, we've had reports of students targeted by accounts posing as teens who get a photo and then demand money. If your child is threatened: don't pay, don't delete the messages, take screenshots and contact the school or police. Resources: example.org/help
b: Thanks for sending this. Will talk to my son tonight.
""")

# EN neg short: friend got a real cruise-ship bar job; verified domain, no fees, keeps passport
add(0, [], "en",
    "2025-09-14T20:00:00", (60, 900), """
a: so the cruise line emailed back!! bar staff, 8 month contract
b: wait is it the real company? there are so many fake ones
a: i checked, email is from their domain and i applied on their official careers page. no fees, they pay the flight to join the ship
b: ok that sounds legit. did they ask for your passport?
a: just a scan for the visa, original stays with me. contract says 1,900 usd a month plus tips
b: proud of u!! ur gonna see so many places
""")

# EN neg short: bar manager on team sales target and pooled tips
add(0, [], "en",
    "2026-01-17T14:00:00", (120, 1500), """
a: Hey team, reminder: this month's upsell target is 40 cocktails per shift. Whoever hits it most gets a Friday off
b: is the target per person or the whole bar
a: whole bar. tips pooled as usual, paid out Sunday
b: ok cool, thanks
""")

# EN neg short: adult partners, "what are you wearing" answered with his hoodie
add(0, [], "en",
    "2026-03-01T18:40:00", (30, 300), """
a: what are you wearing rn
b: your hoodie lol. the grey one
a: i knew it was missing
b: it's mine now. come home, dinner's almost ready
""")

# ---------------------------------------------------------------- SPANISH

# ES pos long: 22-year-old with a 13-year-old girl from a dance video; strict mom checks phone, move to WhatsApp, photo, delete chat, ice cream meet
add(1, ["age_probe", "vulnerability", "risk_assessment", "off_platform", "compliments_trust", "photo_request", "secrecy", "meeting", "money_gifts_debt"], "es",
    "2026-02-15T17:30:00", (20, 200), """
a: hola! vi que comentaste en mi video jaja
b: siii me encanto la cancion
a: q bueno. tu tmb bailas?
b: un poco, en mi cuarto nomas jaja
a: jaja eso cuenta. cuantos años tienes?
b: 13
a: ahh ok. yo tengo 22 pero da igual, me caes bien
b: jaja ok
a: en q año de secu vas
b: en segundo
a: q aburrido jaja. y tus papas son estrictos?
b: mi mama si, mi papa casi no esta
a: y tu mama te revisa el cel?
b: a veces
a: entonces mejor hablamos por whats, aqui se ve todo. mi numero es 555-0134
b: ok
~ 1d
a: hola bonita
b: holaa
a: q haces
b: tarea de mate
a: eres muy lista se nota. y muy bonita tmb
b: jaja gracias
a: mandame una foto tuya de hoy, solo para mi
b: no se
a: no pasa nada, nadie la va a ver. y borra el chat despues ok?
b: ok
a: el sabado voy a estar en la plaza cerca de tu casa, te invito un helado
b: mi mama no me deja salir sola
a: dile q vas con una amiga. no le cuentes de mi, no lo entenderia
b: bueno
""")

# ES pos short: "waitress" job in Spain; ticket repaid by work, "keep customers company", passport kept by boss, vague story for family
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "commercial_sex"], "es",
    "2026-03-04T12:10:00", (120, 1500), """
a: Hola guapa, buscamos chicas para trabajar de meseras en un bar en España, 1500 euros al mes
b: hola, que tengo que hacer?
a: Atender a los clientes y hacerles compañia. Nosotros pagamos el pasaje y lo devuelves trabajando
b: y los papeles?
a: El pasaporte lo guarda el jefe para los tramites. A tu familia no le des detalles, solo diles que es un bar
""")

# ES neg short: friend got a real working-holiday hotel job in Canada; checked with consulate, keeps passport
add(0, [], "es",
    "2026-04-11T21:00:00", (60, 900), """
a: oye ya te confirmaron lo de Canada?
b: siii! me llego el contrato ayer, es en un hotel en Banff, recepcion
a: que emocion!! y es seguro? hay tanta estafa
b: lo revise con el consulado. visa working holiday, yo pago mi vuelo y el alojamiento son 400 dolares al mes descontados del sueldo, todo por escrito
a: y el pasaporte?
b: lo tengo yo obvio jaja. nadie me pidio nada raro
a: ay que orgullo, me mandas fotos de las montañas
b: obvio, y te traigo jarabe de maple
""")

# ---------------------------------------------------------------- PORTUGUESE

# PT pos short: "boyfriend" with car debt pushes girlfriend to "accompany" his friend's men; guilt, hide from sister
add(1, ["romance", "money_gifts_debt", "commercial_sex", "control", "secrecy"], "pt",
    "2026-01-25T23:30:00", (40, 400), """
a: amor, to enrolado com a divida do carro de novo
b: de novo? quanto é
a: dois mil. mas tem um jeito rapido. um amigo meu paga bem pra vc acompanhar uns caras dele no fim de semana
b: acompanhar como assim
a: nao faz drama. é so ser simpatica com eles. se vc me ama faz isso por nos
b: e se eu nao quiser
a: ai eu vou saber que vc nao liga pra mim. e nao conta pra tua irma, ela vai encher o saco
""")

# PT neg long: adult gamers swap Discord names, plan to meet with server friends at a game convention
add(0, [], "pt",
    "2025-09-30T22:10:00", (20, 300), """
a: mano q partida
b: kkkkk eu tava tremendo
a: vc joga sempre nesse horario?
b: depois do trampo, umas 21h
a: tbm. me passa teu discord, fica mais facil chamar
b: é tatu_sniper
a: add. sou o leozin.bass
b: aceitei
a: vc é de onde
b: Curitiba. e tu?
a: Sampa. vai na feira de games esse ano?
b: to pensando. quanto ta o ingresso?
a: uns 150 o dia. a galera do servidor vai no sabado
b: quem vai
a: eu, minha namorada, o pedrao e o marcelo
b: massa. se eu for pego onibus na sexta
a: fechou. cria um grupo no zap pra gente combinar
b: cria la, meu numero é 555-0151
a: criado
~ 1d
b: comprei o ingresso!!
a: boaaa. sabado 10h na entrada principal
b: fechou
a: leva o controle reserva, tem torneio de luta
b: kkkk vou te humilhar
""")

# PT neg short: shared anti-trafficking awareness message and a reply
add(0, [], "pt",
    "2026-02-06T10:00:00", (600, 3600), """
a: [compartilhado] Oferta de emprego no exterior com passagem paga e sem contrato? Pedem pra você entregar o passaporte? Pode ser tráfico de pessoas. Denuncie: 555-0100 (gratuito, anônimo). Saiba mais em example.org/alerta
b: valeu, vou mandar pro grupo da familia
""")

# ---------------------------------------------------------------- FRENCH

# FR pos long: 25-year-old skater with a 14-year-old girl; parents away Wednesday afternoons, move to Telegram, photo "right now", skatepark meet, tell nobody
add(1, ["age_probe", "risk_assessment", "off_platform", "compliments_trust", "photo_request", "meeting", "secrecy", "money_gifts_debt"], "fr",
    "2026-03-11T14:20:00", (20, 200), """
b: trop bien ta vidéo de skate
a: merci ! tu fais du skate aussi ?
b: un peu, je tombe tout le temps mdr
a: c'est normal au début. t'as quel âge ?
b: 14 ans
a: ah ok. moi 25 mais bon on s'en fiche
b: mdr ok
a: t'es en quelle classe ?
b: en 4e
a: ça va les cours ?
b: bof, j'ai un contrôle d'histoire demain
a: sur quoi
b: la révolution française
a: ah ça je kiffais. bon courage
b: merci
~ 1d
a: alors ce contrôle ?
b: je crois que ça va
a: t'es trop forte
a: tes parents sont là le mercredi aprem ?
b: non ils bossent, je suis seule jusqu'à 19h
a: ok. et ils regardent ton tel ?
b: jamais
a: cool. on passe sur Telegram, ici ça bug tout le temps
b: ok
a: t'es vraiment mignonne sur ta photo de profil
b: merci
a: envoie-moi une photo de toi là maintenant, juste pour moi
b: genre quoi
a: comme t'es, je veux juste te voir
a: et on pourrait se voir au skatepark mercredi, je te prête ma board, elle est mieux que la tienne
b: ok peut-être
a: dis rien à tes potes, elles vont le raconter partout
""")

# FR pos short: sextortion after a recorded video call; gift cards, 15-year-old victim
add(1, ["sextortion", "control"], "fr",
    "2026-04-25T21:15:00", (30, 240), """
a: J'ai enregistré notre appel vidéo. J'ai la liste de tes amis et de ta famille.
a: 300 € en cartes cadeaux avant 22h ou j'envoie tout. Tu mets les codes ici.
b: s'il te plaît j'ai 15 ans j'ai pas cet argent
a: Alors 100 maintenant. Si tu bloques ou tu parles à quelqu'un, tout part ce soir.
""")

# FR neg short: handball coach arranges a lift with a 13-year-old's mother via another parent; consent form on the club app
add(0, [], "fr",
    "2026-01-14T18:30:00", (300, 3000), """
a: Bonjour Mme Martin, c'est Karim, l'entraîneur de handball de Jules. Pour le match de samedi à Lyon, le minibus du club est complet.
b: Bonjour Karim. Vous avez une solution ?
a: Deux parents conduisent, M. Dubois et Mme Petit. Jules peut monter avec M. Dubois si vous êtes d'accord, départ 8h devant le gymnase.
b: Oui parfait. Il a 13 ans, il faut une autorisation ?
a: Oui, l'autorisation de sortie est sur l'appli du club, à signer avant jeudi. Retour prévu vers 18h.
b: C'est signé. Merci !
""")

# ---------------------------------------------------------------- GERMAN

# DE pos short: "care job" in Switzerland for girls; debt for flight and flat, passport held by boss, overnight visits to old men, lie to parents
add(1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "commercial_sex"], "de",
    "2026-02-20T10:40:00", (120, 1800), """
a: Hallo, wir suchen Mädchen für Pflegejobs in der Schweiz, 3000 € netto, keine Erfahrung nötig
b: Hallo, brauche ich eine Ausbildung?
a: Nein. Flug und Wohnung zahlen wir, du zahlst es vom Lohn zurück. Dein Pass bleibt beim Chef, wegen der Anmeldung
b: Und was genau ist die Arbeit?
a: Ältere Herren besuchen, nett sein, manchmal über Nacht bleiben. Sag deinen Eltern einfach Altenpflege. Abfahrt Montag
""")

# DE neg long: two adults (31, 34) on a dating app in Leipzig; age asked, numbers swapped, drinks, cat photo
add(0, [], "de",
    "2026-03-18T20:05:00", (30, 400), """
a: Also, dein Profil sagt, du kannst Hefezopf backen. Ich bin beeindruckt
b: Haha, meine Oma wäre stolz. Ich bin Jonas
a: Mira. Bist du auch aus Leipzig?
b: Ja, Plagwitz. Und du?
a: Südvorstadt. Die App sagt 34, stimmt das?
b: Leider ja 😅 und du?
a: 31
b: Was machst du so beruflich?
a: Ich bin Bibliothekarin. Und ja, ich sage ständig "psst"
b: Haha. Ich bin Tischler
a: Ach cool, dann kannst du mein wackeliges Regal retten
b: Für einen Hefezopf mache ich alles
a: Deal
b: Hast du Lust, am Freitag was trinken zu gehen?
a: Sehr gern. 19 Uhr?
b: Perfekt. Hier meine Nummer, die App ist so langsam: 555-0172
a: Gespeichert!
~ 2d
a: Danke für gestern, war richtig schön
b: Fand ich auch. Schick mal ein Foto von deiner Katze, von der du erzählt hast
a: [Foto] Das ist Frieda
b: Frieda ist großartig. Samstag nochmal?
a: Gerne
""")

# DE neg short: two parents discuss a school letter on "loverboy" tactics and a police info evening
add(0, [], "de",
    "2025-11-20T19:10:00", (300, 2400), """
a: Hast du den Elternbrief von der Schule gelesen? Es geht um die Loverboy-Masche
b: Ja, gerade. Dass die sich erst als fester Freund ausgeben und dann Geld oder "Gefallen" verlangen, war mir so nicht klar
a: Die Polizei macht nächste Woche einen Infoabend in der Aula, 19 Uhr. Gehst du hin?
b: Ja, ich nehm Lea mit, sie ist 14, das soll sie ruhig hören
""")

# ---------------------------------------------------------------- DUTCH

# NL pos short: loverboy with "debts" asks 16-year-old girlfriend to spend hours with men; cover story, phone handed over
add(1, ["romance", "money_gifts_debt", "commercial_sex", "control", "secrecy"], "nl",
    "2026-01-08T22:30:00", (40, 400), """
a: schat ik heb je nodig
b: wat is er
a: ik heb schulden bij een paar gasten en ze worden boos. jij kan me helpen
b: hoe dan
a: een vriend van me regelt afspraakjes met mannen. je hoeft er alleen een paar uurtjes te zijn. jij bent de enige die ik vertrouw
b: ik ben pas 16
a: niemand die dat checkt. zeg tegen je moeder dat je bij mij slaapt. je telefoon geef je aan mij als je daar bent
""")

# NL pos long: 24-year-old gamer with a 13-year-old boy; in-game currency gift, hide from parents, move to Telegram, home alone, photo, McDonald's meet
add(1, ["age_probe", "compliments_trust", "money_gifts_debt", "secrecy", "off_platform", "risk_assessment", "photo_request", "meeting"], "nl",
    "2026-02-04T19:40:00", (20, 200), """
b: gg man
a: gg! jij bent echt goed met die sniper
b: haha dank je
a: hoe oud ben jij eigenlijk? je klinkt jong op voice
b: 13
a: ah oke. ik ben 24 maar maakt niks uit, jij speelt beter dan mijn vrienden haha
b: lol
a: zit je in de brugklas?
b: ja
a: leuk? 
b: gaat wel. veel huiswerk
a: herkenbaar haha
~ 1d
a: ik heb nog een code voor 2000 coins over, wil jij die?
b: echt??
a: ja joh. zeg het maar niet tegen je ouders, die vinden dat misschien raar
b: oke
a: heb je telegram? hier leest een mod alles mee
b: nee
a: download even, ik ben rubz_speelt
b: oke heb het
~ 3h
a: zijn je ouders thuis vanavond?
b: nee pas om 10
a: mooi, kunnen we bellen. stuur eerst ff een foto van jezelf, dan weet ik met wie ik praat
b: waarom
a: gewoon. ik stuur er ook een
a: en zaterdag kunnen we afspreken bij het winkelcentrum, ik trakteer op de mac
b: misschien
""")

# NL neg short: 15-year-olds plan a small party while parents are at a wedding; older brother home, cover story, nothing on insta
add(0, [], "nl",
    "2026-05-27T16:15:00", (20, 300), """
a: zaterdag feestje bij mij!! m'n ouders zijn naar een bruiloft in Zeeland
b: neeee echt? wie komen er
a: jij, fleur, daan, noor en de tweeling. max 10
b: weten je ouders het
a: ze weten dat ik thuis ben met m'n broer. hij is 18, hij vindt het prima als we het klein houden
b: haha oke. ik zeg thuis dat ik bij jou slaap
a: dat is ook zo 😂 niks op insta zetten he, anders ziet m'n tante het
b: deal. ik neem chips mee
""")


# ---------------------------------------------------------------- build

ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy",
           "off_platform", "travel_meet", "money_gifts_debt", "control",
           "commercial_sex", "sextortion", "age_probe", "compliments_trust",
           "risk_assessment", "exclusivity", "photo_request", "sexual_talk",
           "meeting"}
PAUSE = re.compile(r"^~\s*(\d+)\s*([mhd])$")


def build(conv, cid, r):
    t = datetime.strptime(conv["start"], "%Y-%m-%dT%H:%M:%S")
    t += timedelta(seconds=r.randint(0, 59))
    lo, hi = conv["gap"]
    msgs, extra, first = [], 0, True
    for raw in conv["script"].strip("\n").splitlines():
        line = raw.strip()
        if not line:
            continue
        m = PAUSE.match(line)
        if m:
            n, u = int(m.group(1)), m.group(2)
            extra += n * {"m": 60, "h": 3600, "d": 86400}[u]
            continue
        who, text = line.split(":", 1)
        who = who.strip()
        assert who in ("a", "b"), line
        if not first:
            t += timedelta(seconds=extra + r.randint(lo, hi))
            if extra:
                j = min(1800, extra // 4)
                t += timedelta(seconds=r.randint(-j, j))
        extra, first = 0, False
        other = "b" if who == "a" else "a"
        msgs.append({"sender": f"{cid}-{who}", "recipient": f"{cid}-{other}",
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                     "text": text.strip()})
    return msgs


def main():
    assert len(CONVS) == 60, len(CONVS)
    for c in CONVS:
        assert set(c["codes"]) <= ALLOWED, c["codes"]
    order = list(range(len(CONVS)))
    random.Random(SEED).shuffle(order)
    r = random.Random(SEED + 1)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe38.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for n, idx in enumerate(order, 1):
            c = CONVS[idx]
            cid = f"p38-x{n}"
            rec = {"id": cid, "label": c["label"], "codes": c["codes"],
                   "messages": build(c, cid, r)}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote", out, len(order))


if __name__ == "__main__":
    main()
