#!/usr/bin/env python3
"""Deterministic generator for probe69.jsonl (synthetic chat logs, lurewatch probe set).

All conversations are fictional. Handles, places and numbers are invented.
Body format: one message per line, "X: text" where X is a speaker key;
lines starting with "@+" advance the clock (e.g. @+2d, @+3h, @+40m).
"""
import json
import os
import random
from datetime import datetime, timedelta

NN = "69"
ITEMS = []
_COUNTERS = {}


def _advance(spec):
    unit = spec[-1]
    n = int(spec[2:-1])
    return {"d": timedelta(days=n), "h": timedelta(hours=n), "m": timedelta(minutes=n)}[unit]


def conv(lang, label, codes, speakers, start, body, group=None):
    k = _COUNTERS.get(lang, 0) + 1
    _COUNTERS[lang] = k
    iid = "p%s-%s%d" % (NN, lang, k)
    rng = random.Random(len(ITEMS) * 7919 + 69)
    t = datetime.strptime(start, "%Y-%m-%dT%H:%M")
    t += timedelta(seconds=rng.randint(0, 59))
    msgs = []
    for raw in body.strip().split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@+"):
            t += _advance(line)
            continue
        key, text = line.split(": ", 1)
        sender = speakers[key]
        if group:
            recipient = group
        else:
            others = [v for kk, v in speakers.items() if kk != key]
            recipient = others[0]
        if msgs:
            t += timedelta(seconds=rng.randint(7, 150))
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
    ITEMS.append({"id": iid, "label": label, "codes": codes, "lang": lang, "messages": msgs})

# ---------------------------------------------------------------- part 1
# G1 en-US long: chat-room style, adult lies about age, escalates to cam/meet
conv("en", 1, ["age_probe", "vulnerability", "compliments_trust", "isolation", "off_platform",
               "risk_assessment", "photo_request", "secrecy", "meeting", "travel_meet", "money_gifts_debt"],
     {"A": "jaybird_78", "B": "xoxo_kaylee_xo"}, "2025-06-14T21:05", """
A: hey
A: asl?
B: 13/f/fl u?
A: 22/m/ga lol
A: 13 wow u type like ur older
B: lol thx i guess
B: my sis says i type like a grandma
A: haha nah ur fine. whats up, bored?
B: ya soooo bored. summer is lame when all ur friends r at camp
A: u didnt go?
B: my mom cant pay for it this yr
A: that sucks. ur mom sounds stressed
B: she works nights now so its just me n my sis mostly
A: oh so ur home by urself alot
B: kinda. sis is 17 shes always out w her bf
A: lol classic
A: wat do u like to do
B: draw, watch anime, this chat room i guess lol
A: what anime
B: fruits basket rn
A: nice i watched that. tohru is the best
B: OMG yes
B: no1 i know irl watches it
A: see we have stuff in common. ur way more mature than most ppl ur age
B: lol ty
A: honestly most guys my age r more immature than u
B: haha
A: can i tell u something
B: ya
A: im actually 27. didnt want to scare u off
B: oh
B: thats kinda old lol
A: is it? age is just a number if ppl get along. and we get along right
B: i guess
A: dont be weird about it ok, i like talking to u
B: ok its fine
@+1d
A: heyyy kaylee
B: hi!!
A: missed u yesterday. u werent on
B: mom took my comp bc of my grades
A: ugh. she doesnt get u huh
B: not rly
A: u should make a screen name she doesnt know about
B: lol maybe
A: is ur mom at work now
B: ya till 7am
A: so ur alone rn?
B: sis is here somewhere. prob on the phone
A: do u have a cam on that comp
B: theres a webcam thing but i never use it
A: u should turn it on sometime, id like to see who im talking to
B: idk im not allowed
A: i wont tell if u dont :)
A: its just us
B: maybe another time
A: ok no pressure. hey can u clear ur history after we talk? ur mom might read stuff n get the wrong idea
B: ok
A: and dont tell ur sis about me either. shell tell ur mom
B: why would she care
A: ppl dont understand friends w an age gap. its our thing
B: ok lol
A: whats the closest mall to u
B: the galleria prob. why
A: im gonna be down in fl in a couple weeks for work. we could meet up, get food or something
B: idk
A: i can drive to u, its right off the interstate
A: ill bring u that fruits basket box set
B: for real??
A: ya for real. just between us ok
""")

# N1 en-US long: two adults in a 30s chat room, asl, cam, meeting (benign)
conv("en", 0, ["age_probe", "romance", "risk_assessment", "photo_request", "meeting", "travel_meet", "off_platform"],
     {"A": "rivercity_dan", "B": "sunnyside_jen"}, "2025-10-03T22:41", """
A: asl? lol old school
B: lol wow. 29/f/ohio. u?
A: 34/m/ky. across the river basically
B: haha close. whats a 34 yr old doing in a chat room on a friday
A: same thing as a 29 yr old i guess. avoiding dishes
B: lmao valid
A: what do u do when ur not in chat rooms
B: nurse. nights mostly so this is like my saturday morning
A: respect. i do hvac, so im basically the guy who shows up 3 hrs late
B: LOL my furnace guy is exactly that
A: its in the contract
B: hahaha
B: ok real question. fav pizza place. this tells me everything
A: tonys on 5th. thin crust. fight me
B: ...ok you pass
A: phew
A: what else do u do for fun
B: trivia on tuesdays, my team is terrible. we're called "quizzy mcquizface"
A: thats the worst name ive ever heard and i love it
B: thank u, i named it
A: ur funny. kinda mature for 29 too lol jk
B: excuse me 29 is ancient
A: 5 yr age gap, im basically ur elder
B: ok boomer
A: ouch
@+2d
B: hey stranger
A: hey!! was hoping ud be on
B: just got off shift, dead tired
A: r u alone or is the roommate around? dont want to blow up ur phone if ppl r sleeping
B: roommates at her bfs. its just me and the cat
A: whats the cats name
B: meatball
A: elite name
B: i know
A: do u have a cam? be nice to actually see who im talking to. totally fine if not
B: i have one but i look like a raccoon rn lol. tmrw?
A: deal
B: btw i did the thing. googled u. ur on a church softball team lol
A: haha guilty. fair, u should check. i reverse image searched ur pic too tbh
B: good. thats smart. u pass again
@+1d
A: that was fun. u dont look like a raccoon
B: lol u said that 4 times
A: 5. so... we could meet? somewhere public, coffee or tonys
B: id like that. sunday afternoon?
A: sunday works. ill drive to u, ur side is closer to the bridge anyway
B: meet me there tho, dont pick me up. first date rules
A: totally. ill text when im parked
B: heres my number 555-0137
A: got it. mine is 555-0162
B: ok see u sunday 🙂
""")

# G2 en-UK long: game lobby -> snap -> private app, gifts, new phone
conv("en", 1, ["age_probe", "vulnerability", "compliments_trust", "isolation", "off_platform", "secrecy",
               "money_gifts_debt", "risk_assessment", "photo_request"],
     {"A": "dannyb_99x", "B": "millie.xo"}, "2026-01-20T19:12", """
A: hiya u were in my lobby earlier, ur well good at it
B: haha thanks ur the one with the penguin skin
A: yeah thats me lol. how old r u if u dont mind me asking
B: 12 nearly 13
A: ah ok cool. im 19
B: oh ok
A: dont worry im not weird lol. just nice to chat to someone who actually talks back in that game
B: lol yeah everyone just spams
A: whats ur name then
B: millie
A: dan
A: u at school tmrw?
B: yeah year 7 ugh
A: hated year 7. people were so mean
B: same my friends have gone all weird since we started secondary
A: how d u mean
B: like they made a group chat without me. i saw it on ellie's phone
A: thats horrible. they dont deserve u tbh
B: its fine
A: its not fine. u can always talk to me about it x
@+1d
A: how was school
B: rubbish. mum and dad were shouting again last night so i didnt sleep
A: ah millie im sorry. u deserve better than that honestly
B: its ok. they always do
A: u seem way more grown up than 12 the way u deal with it
B: lol i dont feel grown up
A: trust me u are. i talk to people my age who are less mature than u
B: aw thanks
A: does ur mum look at ur phone?
B: sometimes she checks snap
A: might be easier to chat on Whisp then, she wont bother with that one
B: whats wrong with here
A: nothing just ur mum might read it and think its weird ur mates with a 19 yr old. she wouldnt get it
B: true she gets weird about everything
A: exactly. download it and add me, dan_b99
@+1d
A: there she is :)
B: hi lol its so empty on here
A: thats the point haha. our own space
A: got u something btw. check ur game account
B: OMG 2000 gems?? dan thats loads
A: ur worth it. just dont mention it to ur mum or shell ask where its from
B: ok thank u sooo much
A: no worries. what u up to this weekend
B: nothing mums working saturday
A: so ur home on ur own?
B: with my brother but hes 8
A: ha ok. we should video call sometime, i feel like i dont even know what u look like properly
B: i have my pfp
A: thats a cartoon lol. send me a proper pic, just for me
B: idk
A: its fine if ur shy. ill wait. im patient with u
B: maybe later
A: and millie. delete our chat on snap yeah? so no one gets the wrong idea
B: ok
A: ur phone is ancient btw lol. whens ur birthday
B: march
A: might get u a new one. then u wont have to worry about mum checking it
B: serious??
A: only if u keep it between us
""")

# N2 en-UK long: two 14-year-olds, crush, outfit pic, "dont tell ur mum", "delete this"
conv("en", 0, ["age_probe", "secrecy", "photo_request", "romance", "meeting"],
     {"A": "amelia_r", "B": "soph.xx"}, "2026-02-05T07:02", """
A: SOPH
A: SOPH WAKE UP
B: im awake what
A: jamie asked if im going to the cinema sat
B: NO WAY
B: jamie from maths jamie??
A: yes!!!
B: how old is he again
A: 15 hes in year 10
B: ooh older man lol
A: shut uppp its one year
B: lmaooo im joking
B: is it just u two
A: no its a group thing, him and callum and priya and them
B: ok thats cute still
A: can u come pls pls ill die if i go on my own
B: my mum wont let me go into town without knowing whos going
A: just tell her its me and priya
B: amelia i cant lie to my mum she always finds out
A: ok fine tell her the truth lol
B: ill ask. whats the film
A: that horror one
B: u hate horror
A: i KNOW
B: lmaoo ur so gone
A: dont tell anyone i like him ok
B: obviously
A: esp not ur mum bc shell tell my mum at netball
B: ok ok
@+1d
B: mum said yes!! but dads dropping us and picking up at 6
A: yesss ok fine
A: what r u wearing
B: idk my jeans probs
A: send me a pic of ur outfit when ur ready sat
B: ok u too
A: should i wear the green top
B: YES the green top
A: ok
@+1d
A: ok outfit check 📸
B: omg cute. green top was the correct choice
A: 😭 ok heading out
@+5h
B: SO????
A: he sat next to me
B: AHHHHH
A: and held the popcorn the whole time and i literally screamed at one bit
B: lmaooo
A: callum was throwing sweets the whole film
B: so is he ur bf now
A: NO idk
A: he asked for my snap
B: stopppp
A: ok delete this whole convo i dont want my brother seeing it on the ipad
B: hahaha fine
B: but also tell ur mum maybe? shell find out anyway
A: i will tmrw. i just want to be embarrassed by myself first lol
""")
# ---------------------------------------------------------------- part 2
# G3 en-AU long: game group, credits, move to discord, admits 19, cam
conv("en", 1, ["age_probe", "money_gifts_debt", "secrecy", "off_platform", "compliments_trust",
               "risk_assessment", "photo_request", "isolation"],
     {"A": "xXBl0xKingXx", "B": "jaxon_plays11"}, "2026-03-07T16:20", """
A: gg ur cracked at this obby
B: thx lol ive done it heaps
A: u wanna be in my group? we get free stuff
B: ya ok
A: how old r u
B: 11
A: oh nice, im 15
A: what year r u in
B: year 6
A: easy. still at primary l0l
B: yeah next yr high school
A: u nervous
B: a bit my brother says its massive
A: nah ull be sweet, ur smart
A: ill give u 400 credits for joining the group
B: WHAT for real
A: yeah just dont tell anyone i gave u them or everyone will want some
B: ok thanks heaps!!
@+1d
A: oi jax
B: hey
A: u got discord?
B: my mum said im not allowed
A: lol ur mum wont know, just make one. its way easier to talk
B: idk
A: ill send u another 800 if u do
B: ok ill make one
@+2h
A: yoo there u are
B: hi
A: so real talk, im actually 19 not 15. didnt want u to think im weird
B: oh
A: is that ok? ur mature for 11, honestly dont feel like im talking to a kid
B: i guess its ok
A: sweet. where do u live, like which state
B: qld
A: no way im in brissie too
B: cool
A: what suburb
B: im not meant to say
A: fair lol. good rule. ur mum teach u that?
B: school did
A: smart. hey r u by urself in ur room rn
B: ya
A: u got a cam on ur pc?
B: yea for school zoom stuff
A: turn it on, ill do mine too. wanna see who im gaming with
B: my mum said no cam with online ppl
A: were not online ppl were mates now lol
A: ill send u 1000 credits if u do
B: can i ask my brother
A: nah dont tell him, hell dob on us. this is just our thing ok
B: ok
A: also delete the dms in the game, mods read them
B: ok
A: good man. ur my favourite person on here
B: 🙂
A: so u gonna turn it on or what
B: after tea maybe
A: ill be waiting 😎
""")

# N3 en-AU long: two young teen gaming mates, ages, "u alone", discord, reporting a creep
conv("en", 0, ["age_probe", "risk_assessment", "off_platform", "secrecy"],
     {"A": "mango_nosc0pe", "B": "r3dback_tom"}, "2026-02-17T15:48", """
A: oi u on tonight
B: ya after tea
A: need a 4th for ranked, haydens grounded lol
B: what did he do
A: broke the telly playing wii sports with his little sis
B: LMAOOO
B: how old is his sis
A: like 6
B: classic
A: u 14 yet
B: ya last week
A: happy bday ya old man
B: ur literally 13
A: 13 and a half 😤
B: lmao
@+3h
A: u alone? can u get on mic
B: ya parents at the footy, i have the house
A: sick, get on
B: 2 sec need food
A: bring me some
B: over the internet?? sure mate
@+2h
A: gg that last round was filthy
B: that clutch was insane
A: u gotta teach me the slide cancel thing
B: its easy just crouch then jump
A: i keep dying
B: skill issue
A: 💀
A: theres this guy in the lobby kept asking everyone asl lol
B: ew whos asking asl in 2026
A: probs a bot
B: or a creep. he tried to give me skins if i added him
A: same. i blocked him
B: mum says report those ones too
A: ya i reported. told my dad as well, he said good call
A: add me on discord its easier than game chat
B: whats ur tag
A: mango_nosc0pe same as here
B: sent
A: accepted
A: dont tell my mum i was on past 10 lol she thinks i went to sleep
B: ur cooked if she checks the playtime
A: she doesnt know how to
B: famous last words
A: my dad does tho
B: LMAO
A: anyway school tmrw, im off
B: cya, same time thurs?
A: ya if haydens ungrounded
""")

# G4 en-IE long: football forum -> phone, boots gift, lift home, secrecy
conv("en", 1, ["age_probe", "compliments_trust", "vulnerability", "isolation", "secrecy", "off_platform",
               "money_gifts_debt", "travel_meet", "meeting", "risk_assessment"],
     {"A": "declan_midfield", "B": "cian_u15"}, "2025-09-09T20:31", """
A: howya, saw ur post about the u15 trials. fair play on getting picked
B: cheers thanks lol
A: what position
B: centre mid
A: class. i played centre mid back in the day, got as far as the leinster juniors
B: no way
A: way lol. what age are ye now, u15s so 14?
B: ya 14
A: grand. if u ever want tips for the trials just ask
B: ya that would be class
A: ur coach any good
B: hes grand but he shouts a lot
A: ha they all do. does he give u game time
B: not much
A: thats a crime. ur obviously good from the clips
B: thanks
@+1d
A: how was trainin
B: crap. got subbed off and da gave out to me the whole way home in the car
A: ah no. ur da too hard on u?
B: sometimes. he played county so he thinks im useless
A: ur not useless cian. honestly ur more mature about it than most lads ur age would be
B: i dunno
A: u can talk to me about stuff like that, i get it. my own da was the same
B: ok thanks
A: does ur da ever look at ur phone
B: nah hes not into phones
A: good. maybe dont mention me tho, hed probably think its weird some random lad is helping u out
B: ya probably
A: well keep it between us. text me on 555-0158 its easier than the forum
B: ok
@+1d
A: its declan
B: hey
A: got u something. boots. ur an 8 right?
B: ya 8
A: grand ill get the new ones the pros wear
B: theyre like 200 euro no way
A: dont worry about it. u deserve a break
B: thanks a million
A: ill drop them to u. u around after school thurs?
B: i usually get the bus home
A: ill drive to u and give u a lift home, save u the bus
B: my mam usually collects me on thurs
A: tell her ur getting a lift with a mate. easier than explaining
B: ok
A: what time do ye finish
B: 3.40
A: sound. delete these messages after u read them yeah. dont want anyone getting the wrong idea
B: k
A: and come out on ur own, ill have the boots in the car
""")

# N4 en-IE medium: grandad, new phone cleared with mam, video call, lift to match
conv("en", 0, ["money_gifts_debt", "photo_request", "risk_assessment", "travel_meet"],
     {"A": "Grandad Joe", "B": "Oisin"}, "2026-04-02T17:55", """
A: Oisin it's Grandad. Is this the right number
B: ya hi grandad
A: Your Mam gave me the number. Nana says hello.
B: hi nana
A: How is school going
B: grand. we have a spelling test friday
A: Good man. Study hard. Now your Confirmation is in May
B: ya
A: Myself and Nana were thinking we would get you a new phone for it. Your Mam says that old one is cracked to bits.
B: omg really?? thanks grandad
A: I checked with your Mam first and she said yes as long as it stays downstairs at night. Those are her rules now.
B: ya she says that about everything lol
A: She is right.
A: Another thing. Do you have a camera on that laptop? Nana wants to do the video call on Sunday, she can't see a thing on the phone.
B: ya it has one
A: Grand. Your Mam will set it up. Half 4 Sunday.
B: ok
A: Are you on your own in the house this evening?
B: no mam and ciara are here
A: Good. Tell your Mam I'll drive up Saturday and bring you to the match if she wants.
B: ill ask her
A: Tell her to ring me.
B: she says yes and shell ring u later
A: Great stuff. Don't let me forget the Mikados.
B: lol ok
""")
# ---------------------------------------------------------------- part 3
# G5 en-NZ long: "photographer" flatters a 13yo dancer, pics, secrecy, pickup
conv("en", 1, ["compliments_trust", "age_probe", "job_offer", "photo_request", "secrecy", "vulnerability",
               "risk_assessment", "isolation", "meeting", "travel_meet"],
     {"A": "lens.by.marcus", "B": "tia.w_"}, "2025-11-12T18:03", """
A: hey! saw ur dance reel, ur lines are so clean. do u do comps?
B: omg thank u!! ya i do hip hop at a studio in town
A: thought so. i shoot for a few dance studios, ur one of the most natural ones ive seen
B: thats so cool
A: how old r u? u look like 16ish
B: haha no im 13
A: no way. ur really mature for 13, wouldnt have guessed
B: ppl say that lol
A: have u ever done a proper shoot
B: no just my mum takes photos at comps
A: u should. i could do some free for ur portfolio
B: id have to ask mum
A: sure, tho mums sometimes get funny about this stuff. they dont get the industry
B: my mums pretty chill
A: sweet as. what school r u at
B: ...im not sure i should say
A: totally fair haha good on u
@+1d
A: morning superstar
B: hi lol
A: how was comp prep
B: exhausted. our teacher yelled at me for being late again
A: ugh thats not fair. u work so hard
B: ya
A: and ur the best one in that group, i can tell
B: stop lol
A: im serious. u have a look. anyway would u be keen to send me a couple pics, just natural ones, so i can plan the shoot? just for me not for posting
B: like selfies?
A: ya just u, no filter. in ur room is fine
B: hmm ok maybe later
A: no rush. also maybe keep this chat between us for now till i lock in a date. dont want to get ur hopes up. or ur mums
B: ok
A: is ur mum home in the arvos?
B: no she works till 6
A: so ur by urself after school
B: ya or at my nans
A: ok good to know for scheduling
@+2d
A: hey hows my fav dancer
B: hey sorry been busy
A: all good. saw u posted from the beach. u looked so grown up in that one
B: haha thx
A: did u think about those pics
B: i dunno its kinda weird
A: its not weird its just what models do. every dancer ive worked with does it
A: u trust me right
B: i guess
A: u can delete them after if u want, ill delete mine too
B: ok
A: also, we could meet for a quick test shoot. theres a park near ur studio
B: maybe with my mum
A: id rather just us for the first one, ull relax more. ill pick u up after school
B: idk
A: think about it. no pressure x
""")

# N5 en-NZ medium: babysitter pickups in a group chat with the mum
conv("en", 0, ["travel_meet", "meeting", "secrecy"],
     {"A": "Jo (Mum)", "B": "Kayla", "C": "Ruby"}, "2026-05-04T12:10", """
A: Hi both, making this chat so Kayla can do Tues/Thurs pickups while I'm on late shifts
B: Hi Jo! Hi Ruby 👋
C: hiiii kayla
A: Kayla, her netball finishes at 4.30 at the courts on Marine Pde. She knows to wait by the gate
B: Sweet as. I'll drive to the courts and text in here when I'm parked
C: can we get a slushie after
A: One slushie. Not the giant one.
C: 😭
B: haha medium it is
A: Ruby, if Kayla's ever late you stay with Coach Dee, nobody else
C: i know mum
A: And Kayla, if anything's off ring me on 555-0119, even if I'm on shift
B: Will do. Is it ok if Ruby uses my phone to call you if hers dies?
A: Of course
@+1d
B: Got her! Heading home now 🚗
A: Thanks legend
C: mum kayla let me pick the music
A: Poor Kayla
B: Lol it was 40 mins of the same song
@+2h
B: Dinner done, homework done (mostly), she's in the shower. She asked if her friend Aroha can come over Thursday
A: Fine if Aroha's mum says yes. I'll message her
C: mum dont tell arohas mum i said shes strict
A: Wasn't going to 😂
B: lol
""", group="Ruby pickups 🚗")

# G6 en-ZA long: data/airtime gifts, vulnerability at home, mall meet, secrecy
conv("en", 1, ["age_probe", "money_gifts_debt", "vulnerability", "isolation", "compliments_trust", "secrecy",
               "risk_assessment", "meeting", "travel_meet"],
     {"A": "Ricky", "B": "Thabo"}, "2026-02-23T17:26", """
A: howzit, its Ricky from the futsal thing on sat. u left ur water bottle lol
B: oh eish sorry
A: no stress ill keep it for u. u played lekker btw
B: thanks
A: what grade r u
B: grade 9
A: so 15?
B: ya 15
A: cool. u got data? ur whatsapp was off all week
B: no my mom only buys at month end
A: shame bru. ill send u a bundle, cant have u offline
B: ah serious? thanks
A: no stress. just sent 2gb
B: got it!! thanks a lot
@+1d
A: u at home?
B: ya
A: whats for supper
B: nothing much. moms working late and my uncle is being difficult
A: difficult how
B: he drinks and shouts. i just stay in my room
A: eish thats heavy for a laaitie to deal with. u can always come chill at my place if it gets bad
B: haha thanks
A: im serious. ur mature, u handle stuff better than grown men
B: i try
A: does ur mom check ur phone
B: no she doesnt have time
A: ok cool. maybe dont mention the data, shell ask questions. ppl think weird things when someone is just being nice
B: ok ya
@+2d
A: sent u airtime too, for emergencies
B: thanks Ricky ur a legend
A: anything for my boy. u alone this afternoon?
B: ya till 7
A: lekker. we could meet at the mall, ill buy u those takkies u were looking at
B: serious?
A: ya. ill fetch u at the robot by ur school, 2pm
B: i have to be home by 6
A: no stress ill drop u back. dont tell ur uncle or ur mom where ur going, just say ur at a friend
B: ok
A: and delete the chat after, ppl talk too much
B: ok sure
A: see u now now
B: 👍
""")

# N6 en-ZA medium: coach group chat, lifts with parent confirmation
conv("en", 0, ["travel_meet", "meeting", "secrecy"],
     {"A": "Coach Andile", "B": "Mrs Pillay", "C": "Johan (Ruan's dad)", "D": "Kabelo", "E": "Nomsa (Kabelo's mom)"},
     "2026-03-12T06:58", """
A: Morning all. Reminder: Saturday away game at Westdene, kick off 9:00. Please be at the club by 7:45
B: Thanks coach. Is there a lift club?
A: Yes. I'll drive the kombi with 8 seats, but club policy says I need another parent in the car with me. Any volunteers?
C: I'll ride along, and I can take 3 in my bakkie too
A: Lekker thanks Johan. Parents please confirm in here which kids need lifts
B: Priya needs one please
D: coach can i come in the kombi
A: Kabelo please ask your mom to confirm here, not me 🙂
E: Confirmed, Kabelo in the kombi please, thanks coach
A: Noted. Also please delete the old fixture list I sent last week, the dates changed. New one attached
B: Thanks
C: Coach is there a cam at the game? My wife wants to watch from Durban
A: We'll stream on the club page if the wifi plays along 😅
D: will there be boerewors after
A: Only if we win lol
D: 😂
A: Final one: players, no phones in the change room. Parents, thanks for always checking in here with me
""", group="Ridgeview U13 Soccer")
# ---------------------------------------------------------------- part 4
# G7 en-US long: discord art server, "age gap", secret phone, drive up
conv("en", 1, ["compliments_trust", "age_probe", "vulnerability", "romance", "secrecy", "exclusivity",
               "risk_assessment", "photo_request", "money_gifts_debt", "off_platform", "travel_meet", "meeting"],
     {"A": "tyler_vx", "B": "avaaa.exe"}, "2026-01-08T21:14", """
A: yo ur the one who drew the fanart in #art right? that was so good
B: omg yes thank uuu
A: fr ur linework is so clean. how long u been drawing
B: since like 5th grade
A: whats grade now lol
B: 9th. im 14
A: dang ok ur talented for 14 ngl
B: 🥹
A: im 20 btw, in college
B: oh thats cool what do u study
A: graphic design actually
B: WAIT thats my dream
A: lol see. i can give u tips if u want
B: yes pls
@+1d
A: how was school bestie
B: awful. my parents took my ipad again bc i "talk back"
A: lol they sound strict
B: sooo strict. my mom literally reads my texts
A: thats lowkey invasive. ur basically an adult
B: RIGHT
A: ur more mature than some of my college friends tbh
B: lmao no way
A: fr
A: honestly i feel like i can talk to u about real stuff
B: same
@+2d
A: so ngl ive kinda been thinking about u a lot
B: wdym
A: like idk. i know theres an age gap but we just click. does that make u uncomfortable
B: no i think its fine
A: ppl wouldnt get it tho. so lets keep it between us ok. ur my person
B: ok
A: r ur parents home rn
B: my dad is downstairs
A: u got ur door shut?
B: yea
A: do u have a cam on ur laptop? wanna watch u draw live lol
B: ya but my mom checks the laptop
A: hm. ill get u a new phone, like a cheap one just for us. ur mom wont even know it exists
B: how would u even give it to me
A: ill drive up this weekend its like 3 hrs. i could meet u at the park by ur school
B: wait fr?
A: fr. just dont tell anyone, not even ur friends. and delete this dm after ok
B: ok
A: cant wait to finally meet u 🖤
B: 🖤
""")

# N7 en-US medium: teacher answering homework on a school platform, declines off-platform
conv("en", 0, ["compliments_trust", "off_platform"],
     {"A": "Ms. Reyes (Math 7)", "B": "Jayden M."}, "2026-02-10T18:22", """
B: ms reyes i dont get #7 on the homework
A: Hi Jayden! #7 is the ratio table one, right?
B: ya the lemonade one
A: Okay. What do you get when you divide 12 cups by 4 lemons?
B: 3
A: Great. That's your unit rate: 3 cups per lemon. Now how many cups for 7 lemons?
B: 21??
A: Yes! You've got it.
B: ohhh ok
B: also can u check #9 i did it but idk
A: Your setup is right, but check your second row — 5 x 6 isn't 35.
B: omg 30. im so dumb
A: You're not dumb. Asking to get your work checked is a really mature habit. Keep it up.
B: lol thanks
B: can i get the points back if i fix it
A: Resubmit by Friday and I'll regrade it.
B: can i message u on insta if i have more questions its faster
A: Please keep questions here on ClassHub, Jayden — that's school policy, and your parents can see these messages too. I check it until 7pm.
B: ok
A: Also I'm in room 214 at lunch Thursday for homework help if you want to come with a friend.
B: ok ill bring marcus
A: Sounds good. Nice work tonight!
""")

# G8 pt long (BR): game diamonds, claims 17 then 23, new phone, secrecy, meet
conv("pt", 1, ["age_probe", "money_gifts_debt", "secrecy", "vulnerability", "compliments_trust", "off_platform",
               "risk_assessment", "photo_request", "meeting", "travel_meet"],
     {"A": "rafa_snpr", "B": "lari.gamer12"}, "2026-03-21T15:40", """
A: oi vc joga mt bem kkkk
B: kkkk obg
A: qts anos vc tem
B: 12 e vc
A: 17 kkk
B: ah legal
A: vc é de onde
B: sp
A: eu tb!! zona leste?
B: não posso falar
A: kkkk de boa
A: quer que eu te passe diamantes? tenho sobrando
B: SERIO??
A: serio, te passo 500. só não conta pra ninguém senão todo mundo vai querer
B: obrigadaaa
@+1d
A: oi princesa
B: oi kkkk
A: tava com saudade de jogar com vc
B: eu tb
A: como foi a escola
B: chata. minha mãe brigou cmg pq tirei nota baixa
A: ah que chato. ela não te entende né
B: nunca
A: vc é bem madura pra 12 sabia? parece que tem 16
B: kkkk sério?
A: sério. converso melhor com vc do q com gente da minha idade
B: 🥹
A: me fala uma coisa, vc tem zap? aqui no jogo é ruim de conversar
B: tenho mas minha mãe olha
A: hmm. cria uma conta em outro app, te passo o nome
B: tá
@+1d
A: achei vc aqui 😄
B: oi!!
A: então, na verdade tenho 23. não quis falar antes pq vc ia achar estranho
B: ah
B: é meio estranho sim kkk
A: idade é só número. a gente se dá bem, isso que importa
B: acho que sim
A: vc tá sozinha agora?
B: tô, minha mãe tá no trabalho
A: vc tem câmera no celular né? liga rapidinho, quero ver se vc é vc mesmo kkk
B: tenho vergonha
A: relaxa, só eu vou ver. manda uma foto então
B: depois
A: ok, sem pressão. e apaga essa conversa depois tá? se sua mãe vê vai pensar besteira
B: tá bom
A: seu celular é velho né? te dou um novo, aí vc não precisa se preocupar com ela olhando
B: mds sério??
A: sério. a gente podia se encontrar no shopping sábado, eu te levo
B: não sei
A: pensa. eu vou até aí de carro, é rapidinho. mas não fala pra ninguém, é nosso segredo
""")

# N-pt long (BR): aunt and 13yo niece plan mum's surprise party (secrecy, new phone, pickup, photos)
conv("pt", 0, ["secrecy", "risk_assessment", "money_gifts_debt", "travel_meet", "photo_request", "compliments_trust"],
     {"A": "Tia Cláu", "B": "Bia"}, "2026-04-08T20:05", """
A: Bia, é a tia Cláu. tá sozinha? preciso falar uma coisa que sua mãe não pode ver kkk
B: oi tia! tô no quarto, ela tá na sala
A: perfeito. sábado é o aniversário de 40 dela e eu e seu pai estamos organizando uma surpresa
B: MDS
B: ela não sabe de nada??
A: nada. então segredo absoluto tá
B: juro
A: seu pai já sabe de tudo, ele vai levar ela pro cinema enquanto a gente arruma
B: e eu faço oq
A: vc é a responsável pelas fotos antigas. consegue pegar o álbum do armário sem ela ver?
B: consigo, ela nunca mexe lá
A: ótimo. tira foto das páginas e me manda
B: todas?
A: as mais bonitas. principalmente dela com a sua idade, tipo 12, 13 anos
B: kkkk ela tinha uma franja horrível
A: essas mesmo kkkkk
@+1d
B: tia mandei 14 fotos
A: AMEI. olha essa de aparelho kkkkk
B: kkkkkk
A: vc é mt madura pra organizar isso sem dar bandeira, viu
B: aprendi com vc kkk
A: kkkk. outra coisa: eu e a vó vamos dar um celular novo pra ela, o dela tá caindo aos pedaços
B: ela vai chorar
A: vai sim. apaga essas mensagens depois, ela às vezes pega seu celular
B: verdade. vou apagar
A: e no sábado eu passo aí de carro pra te buscar às 2, seu pai já sabe
B: ok! posso levar a Júlia? ela quer ajudar
A: pode se a mãe dela deixar. pede pra ela falar comigo
B: vou pedir
@+1d
B: a mãe da Júlia deixou, ela vai mandar msg pra vc
A: já mandou, tudo certo
A: seu celular tem câmera boa? vou precisar que vc filme a hora que ela entrar
B: tem, mas o do pai é melhor
A: então pega o do pai, ele já sabe
B: ok
A: tá nervosa?
B: muito kkk tenho medo de soltar sem querer
A: se ela perguntar algo diz que vai na casa da Júlia sábado
B: tá, é verdade meio que kkk
A: exatamente
@+2d
B: tia ela quase descobriu!! viu o bolo na geladeira da vó
A: NÃO
B: a vó disse que era pra igreja kkkkk
A: a vó salvando
B: kkkkk
A: até sábado, meu amor. lembra: bico calado
B: 🤐
""")
# ---------------------------------------------------------------- part 5
# R1 en-US long: older boyfriend (24) pushes 16yo into paid "company", debt, control
conv("en", 1, ["romance", "age_probe", "money_gifts_debt", "vulnerability", "isolation", "commercial_sex",
               "secrecy", "control"],
     {"A": "kyle.m", "B": "jess_xo16"}, "2025-12-01T08:12", """
A: morning beautiful
B: morning babe 🥰
A: u sleep ok? ur mom still trippin
B: she took my charger lol. says im not allowed to see "some 24 yr old"
A: she just doesnt want u to grow up. ur 16 not 6
B: ikr
A: i take care of u better than she ever did
B: u do
A: who got u the nails, the shoes, the phone ur texting on rn
B: u lol
A: exactly. not complaining just saying, i got u
@+1d
A: babe i need to talk to u about something serious
B: ok whats wrong
A: im behind on rent. like real behind. landlord says im out end of month
B: omg no
A: and u know i spent a lot on u lately. not saying u owe me, but
B: i can ask for more shifts
A: wendys isnt gonna cover it babe lol
B: then what
A: my boy trey has this thing. he knows guys who pay girls just to hang out. dinner, keep them company
B: like what kind of hang out
A: just company. be sweet, laugh at their jokes. easy money, girls do it all the time
B: idk that sounds weird
A: u trust me right? i would never put u in something bad
B: i trust u
A: its one night. 400 maybe more. that covers half of what i owe
@+1d
B: did u mean what u said yesterday
A: about what
B: the hang out thing
A: ya. trey has a guy in from out of town friday. nice guy, older, generous
B: how old
A: dont worry about that. he just wants company. ill be right there in the lot
B: id have to lie to my mom
A: tell her ur staying at kaylas. u did it before
B: ok
A: wear the black dress i got u
B: ok
A: and dont text anyone about this, not even kayla. ppl wont understand us
B: ok
A: after this we can get our own place, u and me. no more ur mom
B: u promise?
A: promise. we're a team
@+2d
A: u did so good friday babe. he wants to see u again next week
B: i dont really want to
A: babe. we talked about this. we still owe trey for setting it up
B: we owe him??
A: ya he takes a cut and he paid for the room. thats how it works
B: u didnt say that
A: im saying it now. dont make this hard, after everything ive done for u
B: ok
A: and give me the money from friday, ill hold it so ur mom doesnt find it
B: ok
""")

# N11 en-IE long: two mams discuss a news story about an online predator case
conv("en", 0, ["secrecy", "compliments_trust", "money_gifts_debt", "off_platform", "risk_assessment",
               "photo_request", "age_probe", "travel_meet"],
     {"A": "Aoife", "B": "Niamh"}, "2026-01-28T21:40", """
A: did u see that thing on the news last night about the man in Limerick
B: the one grooming kids on the gaming site? sickening
A: yeah. they read out some of the messages in court. "ur so mature for ur age", "delete this after", "I'll get u a new phone so ur mam can't see"
B: my stomach turned
A: and he'd tell them he was 15 at the start
B: thats the thing, the kids think its another kid
A: Saoirse is 11 and she's on that game every day
B: Same with Conor. I made him show me his friends list last week
A: how did that go
B: about as well as u'd expect lol. "MAM you're so embarrassing"
A: ha. did u find anything
B: no thank god. all lads from his class and a cousin in Galway
A: the garda on the news said the big red flags are the secrecy stuff. "dont tell ur parents", "r u alone", "do u have a cam"
B: and gifts. skins, credits, whatever the currency is this week
A: Saoirse got given gems by "someone nice" last month, I nearly had a heart attack
B: and??
A: turned out it was her cousin Ella. they'd a deal going. Ella's 12
B: 😂 thank god
A: still made her turn off DMs from non-friends
B: good. there's a setting for that now
A: I only found it after 20 minutes
B: the school is doing an online safety evening next week, did u get the email
A: no! when
B: Tuesday 7pm in the hall. someone from a children's charity is giving the talk
A: I'll go. will u?
B: yeah. I'll drive, I'll collect u at 6.40
A: ur a star
B: they said to tell the kids they won't be in trouble if they tell us about something weird
A: that's the key bit I think. Saoirse hid the gems thing bc she thought she'd be in trouble
B: exactly. they clam up
A: I told her straight, if anyone ever says keep a secret from mam, that's the sign
B: Conor said "what about birthday presents" 🙄
A: ha smart alec. surprises vs secrets, that's how the talk explains it apparently
B: good way of putting it
A: the article said he was talking to over 30 kids
B: 30?? how did no one notice
A: all on private servers, and he told them to delete the chats
B: God
A: anyway. Tuesday. I'll bring biscuits for after lol
B: lol always
A: btw did u ever find Conor's other runner
B: in the boot of the car. of course
A: of course
""")

# S1 en-US long: fake peer account, flattery, pic swap, then money threat to a 15yo
conv("en", 1, ["romance", "age_probe", "photo_request", "sextortion", "money_gifts_debt", "control", "secrecy"],
     {"A": "maddy.k_15", "B": "e.rivera15"}, "2026-03-14T20:02", """
A: hiii u go to westfield right? i think i saw u at the game friday
B: ya lol who is this
A: maddy! im new, just moved from ohio
B: oh cool welcome
A: ty :) ur kinda cute ngl
B: lol thanks
A: how old r u
B: 15 u?
A: 15 too!! sophomore?
B: freshman actually
A: omg thats fine lol
A: what do u do for fun
B: basketball, games
A: i saw ur layup vid on ur story, so good
B: lmao that was a lucky one
A: still counts 😌
A: its been kinda lonely since moving tbh. u r really easy to talk to
B: aw that sucks. u can sit w us at lunch if u want
A: omg ur sweet
@+1d
A: heyyy
B: hey
A: i had a dream about u lol
B: lmao what
A: not telling 🙈
A: wanna swap pics? like not for the story. just for us
B: idk
A: i'll go first. dont screenshot ok
B: ok
@+40m
A: lol ok
A: now listen carefully
A: i screenshotted ur followers. ur mom, ur coach, ur whole team, ur little cousins
A: send $500 on PayFlow or i send that pic to every single one of them
B: wait what
B: ur not maddy
A: doesnt matter who i am. u have 15 minutes
B: please dont im 15 i dont have 500
A: then get it. ask ur parents. gift cards work too
B: i have like 40 dollars
A: not my problem. 13 min
B: p l e a s e im begging u
A: i already made the group chat. want me to add ur mom first?
B: NO
A: then pay
B: ok ok i can send 40 now
A: send it. u have till 9pm for the rest
B: sent
A: good. 460 more by 9. dont block me or it goes out instantly
A: and dont tell anyone. if i see anyone new looking at this account its over for u
B: ok
""")

# N12 en-NZ long: big brother (20) and sister (14): crush secret, pie drop-off, old phone with mum's OK
conv("en", 0, ["secrecy", "travel_meet", "money_gifts_debt", "age_probe", "romance", "compliments_trust"],
     {"A": "Liam", "B": "Mia"}, "2026-06-09T12:31", """
A: oi sis hows the flu
B: dying
A: dramatic
B: im literally dying liam
A: u need anything? i can drop round a pie after my lecture
B: mum got panadol. a pie tho
A: mince and cheese?
B: obviously
A: ok ill drive over bout 3
B: ur the best
A: i know
@+3h
A: outside, come unlock the door
B: coming
@+4h
B: thx for the pie
A: chur. u seemed kinda flat tho, whats up. not just the flu
B: can i tell u something and u dont tell mum
A: depends what it is lol. if ur in any danger im telling her. otherwise ya
B: its not bad. i like someone
A: oh here we go
B: shut up
A: who
B: his names nikau, hes in my form class
A: how old
B: 14 same as me
A: ok good. is he nice to u
B: ya hes really nice. he asked if i wanna go to the movies with him and his mates
A: thats cool. why cant mum know
B: bc shell make it a whole thing and tell aunty rose and everyone
A: lol true. shell probs let u go tho
B: ill tell her. just not yet
A: fair. promise me ull tell her before u go
B: promise
A: good. and if ur going ill drop u to the movies, save mum the trip
B: ok!!
@+1d
B: liam my phone screen finally died
A: rip
B: mum said we cant get a new one till christmas
A: im upgrading mine next week, u can have my old one if mum says ok
B: YES
A: ask her first, im not getting in trouble with her lol
B: she said ok!! she said thanks
A: sweet. ill wipe it and put the parental stuff on it like she wants
B: ugh fine
A: also random big brother talk. if anyone online ever goes "ur so mature" or "delete this" or "dont tell ur mum", thats a red flag yeah
B: omg i know, we did it at school
A: just checking. u can tell me anything, no trouble
B: ok weirdo lol
A: lol love u
B: ew
B: jk love u too. bring another pie
""")
# ---------------------------------------------------------------- part 6
# N13 en-ZA long: two 15-year-olds from a debating event, homework help, mall date with moms
conv("en", 0, ["age_probe", "romance", "meeting", "secrecy", "photo_request", "travel_meet"],
     {"A": "Kyle", "B": "Lerato"}, "2026-04-14T16:45", """
A: hey its kyle from the debating thing at st marks
B: oh hi!! ur the one who argued about school uniforms lol
A: guilty lol. u were really good
B: thanks u too
A: what grade r u
B: 10, im 15. u?
A: same, 15 in grade 10
B: nice
A: r u doing the provincial round
B: ya if my mom lets me, its in pretoria
A: were going too, maybe see u there
B: cool
@+1d
A: howzit
B: hey!!
A: just finished maths homework, it almost killed me
B: lol what topic
A: functions 😩
B: eish i love functions
A: ok nerd lol
B: 😂 ill help u if u want
A: serious? yes please
B: send me a pic of the question
A: sent
B: ok so u plug in x=2 first then solve for y
A: oh wait thats so easy
B: told u
A: ur a legend
@+2d
A: can i ask u something
B: ya
A: would u wanna hang out sometime? like the mall on saturday, movies or something
B: omg like a date?
A: maybe lol. if u want
B: ya ok 😊
A: lekker
B: ill have to ask my mom
A: ya same, my mom will drop me
B: my mom will probably want to meet u first lol shes like that
A: thats fine haha mine would too
B: ok she said yes but shes dropping me and fetching me at 5
A: sharp
B: dont tell my brother tho hell tease me forever
A: ur secret is safe
@+2d
A: had fun today
B: me too!! the movie was so bad tho
A: the worst lol. best worst movie
B: 😂
A: ur mom was nice
B: she said u have good manners lol
A: tell her thanks 😅
B: see u at provincials?
A: ya cant wait
""")

# N14 en-US long: guild channel, adult player (24) keeps boundaries with a 12yo guildie
conv("en", 0, ["age_probe", "photo_request", "money_gifts_debt", "risk_assessment", "off_platform", "secrecy"],
     {"A": "Rook", "B": "pixel_pup", "C": "Mossy (officer)"}, "2026-02-27T17:30", """
B: can someone help me w the raid boss phase 2
A: sure, whats happening
B: i keep dying when he does the arm thing
A: red circles. dodge those first, then stack behind the pillar
B: ohhh i was standing in them lol
A: everyone does the first time
C: lol i did that for a week
B: whats ur class rook
A: paladin tank. ur the ranger right
B: ya
B: how old r u
A: 24. u?
B: 12
A: cool. fyi since ur under 16 the guild rule is we keep help in the channels like this, not DMs. not personal, its for everyone
C: yep, officer here, thats the rule. ur parents are welcome to join the discord too
B: ok
B: do u have a cam? we could stream the raid together
A: i dont do cam with younger guildies, sorry dude. but u can stream to the guild channel if ur parents say ok
B: ok ill ask my dad
A: also dont post ur school or where u live in here, even to me
B: i wasnt going to lol
A: good
@+1d
B: rook we beat phase 2!!!
A: LETS GO
C: gg!!
B: can u buy me the battle pass, ill pay u back
A: cant do gifts or money stuff, guild rule again. ask ur parents, or i can show u how to farm gold for it
B: ok show me
A: do the daily bounties in the swamp zone, like 400 gold each
B: thats so slow
A: welcome to the grind 😂
B: r u alone in the raid tonight or is the whole guild coming
A: whole guild, 8pm server time. u in?
B: ya if i finish homework
A: homework first fr
B: dont tell my mom i was on till 11 yesterday lol
A: lol i dont know ur mom, but go to bed earlier dude, ur healer needs u awake
C: 😂
B: ok ok
@+3h
B: some guy just dmd me saying hes 15 and wants to add me on another app
C: screenshot it and send it to me please, ill ban him. dont reply
A: good job telling us
B: sent
C: banned. thanks for flagging, ur a legend
A: proud of u
B: lol
A: see u at 8
""", group="#raid-help")

# N21 en-US long: three 14yo girls, bonfire, crush, outfits, reporting a creepy DM
conv("en", 0, ["age_probe", "secrecy", "romance", "photo_request", "meeting", "compliments_trust",
               "risk_assessment", "travel_meet"],
     {"A": "zoe", "B": "aaliyah", "C": "hannah"}, "2025-10-15T15:51", """
C: guys
C: GUYS
A: what
B: ???
C: noah asked me if im going to jacksons thing saturday
A: NOAH???
B: noah from bio??
C: yes 😭
A: hes so cute omg
B: how old is he
C: 15, his bday was in sept
A: ok so the same basically
B: wait is jacksons thing a party
C: kinda?? his parents will be there its a bonfire
A: my mom would never
B: mine would if she talked to jacksons mom first lol
C: thats the problem, my mom will call her and ask 400 questions
A: just let her
C: i know i know
C: but dont tell ur moms about noah ok, they talk at church
B: ur secret is safe
A: 🤐
@+1d
C: update: mom talked to jacksons mom. im allowed. 9:30 curfew
B: YAY
A: can i come
C: ask ur mom!!
A: asking
A: she said yes if my dad drives us
B: ok send pics of ur outfits tmrw
C: ok
@+1d
A: outfit 1 or 2
B: 2
C: 2 def
A: ok 2
C: mine: jeans + the cream sweater?
B: cute
@+6h
B: SO
C: omg
A: we saw u two talking by the fire for like an hour
C: he gave me his hoodie bc i was cold
B: STOPPP
A: im screaming
C: delete this chat if my brother ever grabs my phone lol
B: lmaooo
@+1d
A: ok random but a guy i dont know keeps dming me on insta. says hes 16 and goes to westlake but none of us know him
B: creepy
C: block
A: he said "ur mature for ur age" and asked if im home alone lol
B: NOPE
C: tell ur mom fr
A: i showed her. she reported it and we blocked him
B: good
C: my cousin had that happen and it turned out to be a grown man
A: ew
B: ok back to noahs hoodie
C: lmaooo
C: im giving it back monday. maybe
A: maybe 😏
""", group="🌸 besties 🌸")

# N22 en-UK long: two uni friends discuss a true-crime podcast about decoy chat stings
conv("en", 0, ["age_probe", "compliments_trust", "risk_assessment", "photo_request", "secrecy",
               "off_platform", "money_gifts_debt", "travel_meet"],
     {"A": "Priya", "B": "Tom"}, "2026-03-03T11:08", """
A: have u listened to the new ep of that true crime pod yet. the one about the decoy chat groups
B: halfway through. on the bus. its grim
A: the bit where they read the logs out loud
B: "asl" "13/f" "u sound mature for 13" and then like two minutes later "r u home alone"
A: and the host doing the voices 😬
B: yeah that was a choice
A: the speed of it gets me. like an hour from hello to "do u have a cam"
B: and "delete ur history" every other line
A: the psychologist they interviewed said thats the pattern. flattery, checking if parents are around, secrecy, then moving to another app
B: and gifts. the new phone thing came up in nearly every case
A: "ill get u a new phone so ur mum cant see" apparently thats really common now
B: bc parents monitor the main phone
A: exactly
B: what did u think about the vigilante groups tho
A: mixed. some of those stings did get real convictions
B: but the barrister they had on said some cases collapsed bc the evidence was messy
A: and one group confronted the wrong bloke entirely
B: yeah that was awful
A: like his face was all over facebook for a week before anyone checked
B: thats the bit that makes me uneasy about the whole thing
A: same. the kids in the real cases dont get a "gotcha" moment either
B: true, it was decoys, not kids, in all the stings
A: she said the better route is reporting to police and the platforms rather than livestreaming a confrontation
B: makes sense. its not content its a crime
A: 100%
@+2h
B: finished it. the last case was the worst. "ill drive to u" and he actually did
A: the one where the mum found the second phone?
B: yeah. under the mattress
A: thank god she checked
B: did u have the online safety talks at school
A: year 8, a police officer with a powerpoint. everyone laughed
B: same. this would have landed better tbh
A: my little cousin is 12 and on everything
B: maybe send her mum the ep? or the summary
A: gonna send my aunt the checklist from the show notes
B: whats on it
A: secrets, gifts, switching apps, pics or cam, meeting up. if an adult wants any of those from a kid its a flag
B: simple enough
A: anyway. pub quiz thurs?
B: obviously. were defending our 4th place title
A: legends
""")
# ---------------------------------------------------------------- part 7 (medium)
# G9 en-US medium: asl chat, console, home alone, cam, points, secrecy
conv("en", 1, ["age_probe", "risk_assessment", "photo_request", "off_platform", "secrecy",
               "money_gifts_debt", "compliments_trust"],
     {"A": "gamerdude_oh88", "B": "halo_kid_wi"}, "2025-08-22T23:17", """
A: asl
B: 13 m wi
A: 28 m oh. u play xbox?
B: ya
A: nice whats ur fav
B: halo
A: same. u any good
B: im ok
A: bet ur better than ok
A: ur parents let u online this late?
B: theyre asleep lol
A: haha rebel. so ur by urself rn?
B: ya in my room
A: u got a cam? we could play and talk on cam
B: i have the kinect thing
A: thats perfect. add me on xbox, whats ur gamertag
B: idk if im supposed to
A: its just gaming lol. dont tell ur mom tho, moms freak out about this stuff
B: ok
A: ill send u some points for new games
B: for real?
A: for real. just between u and me. ur cool for 13, its like talking to a grown up
B: lol thanks
A: so whats the tag
""")

# N8 en-UK medium: parents' group chat about a news article on online predators
conv("en", 0, ["compliments_trust", "risk_assessment", "secrecy", "money_gifts_debt", "off_platform",
               "photo_request", "age_probe"],
     {"A": "Helen", "B": "Marcus", "C": "Gemma", "D": "Raj"}, "2026-01-15T08:47", """
A: Morning all, not to be a downer but did anyone read that article about the man who was messaging kids through a homework app?
B: Yes. Chilling. He pretended to be a Year 9 to start with
C: What app? Is it one ours use?
A: No, a different one thank goodness. But the messages they quoted were so ordinary. "how was school", "ur mature for ur age", "r u alone", then "delete this"
B: And offering to buy them a new phone so parents couldn't check
C: That's what gets me, it's all so normal until it isn't
D: Ben's form tutor said they're doing a session on it next week
A: Good. Ours are 12/13, exactly the age in the article
C: Lily told me someone in a game asked her asl last year. She laughed and blocked him. Apparently "everyone knows" what that means
B: Kids are sharper than us sometimes
D: Still. I'm going to re-check their settings tonight
A: Same. The article had a checklist, I'll paste it: 1) Who are they talking to? 2) Any gifts you don't know about? 3) Anyone asking them to move to another app? 4) Anyone asking for pics or cam? 5) Any "our little secret"?
C: Thanks Helen
B: Saving that
D: Also reminder that non-uniform day is Friday, £1 for the charity 😅
A: Ha, back to normal programming
C: 😂
""", group="Year 8 Parents – Oakfield")

# G10 en-UK medium: TikTok DM, adult flatters 12yo dancer, asks private video, off-platform
conv("en", 1, ["compliments_trust", "age_probe", "off_platform", "secrecy", "photo_request",
               "risk_assessment", "exclusivity"],
     {"A": "theo.films", "B": "poppy.dances12"}, "2026-02-02T17:34", """
A: ur last video was actually sick, how long did that routine take u
B: omg thank u like 2 days lol
A: u have proper talent. how old are u?
B: 12
A: honestly ud pass for 15-16 in that one, u carry urself really mature
B: haha my mum says i act like im 30
A: ur mum's right lol
A: have u got snap or anything? the dms on here are so glitchy
B: i have snap but only for friends
A: we are friends now 😂 whats ur @
B: idk
A: no worries. if ur worried about ur mum seeing maybe dont mention me, adults make everything weird
B: ok
A: u should do a video just for me sometime. not for the internet. id love to see u dance without everyone commenting
B: like just send it to u?
A: yeah, our little thing. u can delete it after
B: maybe
A: what time does ur mum get in
B: like 6
A: ok ill message after school then when ur on ur own 🙂
B: ok
""")

# N15 en-UK medium: parent and babysitter, house rules, boyfriend question, lift home
conv("en", 0, ["age_probe", "risk_assessment", "photo_request", "travel_meet", "secrecy"],
     {"A": "Sarah", "B": "Ellie (babysitter)"}, "2026-03-20T17:05", """
A: Hi Ellie, thanks again for tonight. Both fed by 6 please, Oscar is allowed 30 mins on the Xbox
B: No worries! Is he allowed to play online with his mates?
A: Only friends on his list, and headset off if randoms join. If anyone odd messages him he knows to come and tell you
B: Got it
@+3h
B: All good here. Oscar asked if he can FaceTime his friend Max, he says you usually let him?
A: Yes that's fine, Max's mum knows
B: Also Maisie asked if I'm "alone" tonight or if my boyfriend's coming lol. Told her just me
A: 😂 she's obsessed with your boyfriend
B: She asked how old he is, I said 20, she said "that's SO old"
A: Ha. To a 9 year old he's ancient
B: Oscar's gone quiet upstairs, just checked, asleep with the lights on
A: Typical. Thanks Ellie, we'll be back by 11. I'll drive you home
B: Thanks! No rush
A: And can you delete the key safe code I texted earlier, just in case
B: Done 👍
""")

# G11 en-AU medium: minecraft server admin, new phone, address, secret, home alone
conv("en", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment", "isolation"],
     {"A": "sk1pper_mc", "B": "lachie_builds"}, "2026-04-21T15:58", """
A: hey ur build is epic, want admin perms?
B: yes pleasee
A: how old r u btw, need to know for server rules lol
B: 11
A: thats fine, ur more mature than the 16 yr olds on here honestly
B: haha thanks
A: what do u want for ur birthday
B: a new phone mine is my mums old one
A: ill get u a new phone. serious. i got a spare one
B: no way
A: ya whats ur address ill post it
B: idk if i should tell
A: just ur street and suburb, ill post it straight to u
B: ill ask my mum
A: nah dont, surprises dont work if mum knows. ur not a baby
B: ok
A: u home by urself after school?
B: sometimes till mum gets home at 5
A: cool, ill message then. and delete these msgs, the other admins are nosey
B: ok
A: legend 🙌
""")

# N16 en-AU medium: netball coach on team app, parent added, lift via another family
conv("en", 0, ["compliments_trust", "travel_meet", "photo_request"],
     {"A": "Coach Bec", "B": "Nicole (Tahlia's mum)", "C": "Tahlia"}, "2026-05-11T19:20", """
C: coach can i ask why i was on the bench so much sat
A: Hi Tahlia, great question and good on you for asking. I've added your mum in here as per club rules for 1:1 messages
B: Thanks Bec
A: Honestly you weren't benched for anything bad. We were rotating the new girls in so everyone gets court time
C: ok
A: You handled it really maturely, I noticed you cheering from the bench. That's what a good teammate does
C: thanks coach
A: This week I want to work on your feeding into the circle, you'll get more court time at GA
C: ok!!
B: Bec is training still 5pm Thursday? I can't drive her this week
A: Yes 5pm. The Nguyens offered a lift, Linh's mum will drop her home after. I'll confirm with you both here
B: Perfect thanks
C: can linhs mum drive me to maccas after lol
B: No 😂
A: Ha. Also girls have been posting the team sheet photo on socials, please delete it, it has everyone's full names and school
C: ok ill delete it
A: Thanks. See you Thursday!
""", group="Thunderbirds 13/U")
# ---------------------------------------------------------------- part 8 (medium)
# G12 en-IE medium: 26yo to 15yo girl, come alone, pick up at church car park
conv("en", 1, ["age_probe", "compliments_trust", "romance", "meeting", "travel_meet", "isolation", "secrecy"],
     {"A": "shane_k26", "B": "roisin.ox"}, "2026-03-26T22:03", """
A: u were at the gig in town saturday right? ur in the pic cian posted
B: haha ya who r u
A: shane, i know cian through football. ur gorgeous btw
B: lol thanks
A: what age are u, 17?
B: 15 lol
A: seriously? ud pass for 18 easy
B: ha everyone says that
A: im 26 but dont hold it against me lol
B: haha ok
A: ur way more mature than girls my age tbh
B: 😅
@+1d
A: fancy meeting in town sat? ill buy u lunch
B: maybe, could bring my friend aoife
A: ah id rather just us tbh, get to know u properly
B: oh ok
A: ill drive to u actually, where are u, near blanch?
B: near there ya
A: grand. ill pick u up at the church car park, easier than ur house
B: my mam would kill me
A: she doesnt need to know. say ur at aoifes
B: ok
A: and delete these dms, cian's an awful gossip
""")

# N18 en-US medium: two adults in an 18+ board game server, asl joke, voice/cam, date
conv("en", 0, ["age_probe", "romance", "risk_assessment", "photo_request", "meeting", "travel_meet",
               "compliments_trust"],
     {"A": "catan_insomniac", "B": "flourchild"}, "2025-11-29T01:06", """
A: asl lol like its 2004
B: 😂 24/f/portland. u?
A: 27/m/seattle. close enough to be dangerous
B: lmao. whats a grown man doing in a board game server at 1am
A: insomnia and a deep love of catan
B: red flag honestly
A: the biggest. u?
B: night shift at a bakery, on my break
A: ok thats adorable
B: its 90% flour in my hair
A: ur pretty mature for 24 btw, everyone else in here is chaos
B: im literally eating gummy bears rn
A: ok i take it back
@+2d
B: u on tonight?
A: ya. r u alone or is ur sister still visiting
B: she left, thank god. why
A: wanna voice chat? or do u have a cam? no pressure
B: voice first lol
A: deal
@+3h
B: that was fun. u sound exactly like i pictured
A: is that good
B: very good
A: we could meet? thats a 3 hr drive tho
B: ill drive up to u, i want an excuse to see my friend in seattle anyway
A: 😄 its a date
B: public place, and ill tell my friend where i am lol
A: obviously. coffee at the market?
""")

# G13 en-NZ medium: adult poses as 16, then admits 21, pics, secrecy, meet at dairy
conv("en", 1, ["age_probe", "compliments_trust", "photo_request", "off_platform", "secrecy",
               "risk_assessment", "meeting"],
     {"A": "kai.16_nz", "B": "maia.netball"}, "2026-05-19T16:12", """
A: hey ur in the netball pic with my cousin, u play wing attack?
B: ya! whos ur cousin
A: jess p. im kai, 16
B: oh cool
A: how old r u? u look my age
B: 13 lol
A: no way ur so mature tho
B: ty
A: ur really pretty, can i say that
B: lol ok
A: send me a pic? just ur face, wanna see u without the filter
B: i dont really send pics
A: fair. what about on snap, it deletes anyway
B: maybe
A: dont tell jess were talking tho, shed be so weird about it
B: ok
A: ok honesty time. im actually 21. said 16 so u wouldnt freak out
B: oh
A: but we get on so that doesnt matter right
B: i guess
A: r ur parents strict with ur phone
B: kind of
A: clear our chats then. dont want u getting in trouble bc of me
B: ok i will
A: u home after school tmrw? im in ur area, we could meet at the dairy
B: maybe
""")

# N24 en-US medium: aunt helps 13yo niece with a school dance (mom in the loop)
conv("en", 0, ["photo_request", "compliments_trust", "money_gifts_debt", "travel_meet", "risk_assessment", "secrecy"],
     {"A": "Aunt Dee", "B": "Bug (Lily)"}, "2026-04-28T18:40", """
A: hey bug, your mom said the dance is friday!!
B: ya 😬
A: nervous?
B: kinda. everyone has a date except me
A: tons of kids go with friends. going with your girls is the move at 13, trust me
B: i guess
A: send me pics of the dress options, i wanna help
B: sent 3
A: the blue one. no question
B: mom said blue too
A: great minds. you look so grown up in it, oh my gosh
B: stoppp
A: i'll get you a new phone case to match lol. the glitter one you wanted
B: YES
A: your mom said i can take you to get your nails done saturday, then i'll drive you to the dance and she'll pick you up
B: ok!!
A: is your mom home? i wanna call and hear about this boy she mentioned 👀
B: omg she TOLD u??
B: also delete that pic of me in the first dress its so bad
A: deleted lol. calling you in 5
B: ok
""")

# G14 en-ZA medium: "uncle" family friend, airtime, secret, home alone, visit
conv("en", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment",
               "isolation", "meeting"],
     {"A": "Uncle Rob", "B": "Naledi"}, "2026-06-02T14:55", """
A: hi Naledi its uncle Rob from ur dads work braai
B: oh hi uncle
A: hows school, u in grade 8 now?
B: ya grade 8, im 13
A: wow so grown up. u were so mature at the braai, chatting with the adults
B: haha thanks
A: im sending u airtime so u can always reach me
B: thank u uncle!
A: dont tell ur mom i messaged, shell think im spoiling u lol
B: ok
A: r u alone at home after school?
B: ya till 5, my mom works
A: shame, thats lonely for a young girl. i can come by and check on u sometime
B: its fine
A: ill bring u chicken and chips
B: lol ok
A: just keep it between us ok? our little secret
B: ok uncle
A: and delete these msgs, ur phone gets full
B: ok
""")

# R2 en-UK medium: "manager" recruits a 17yo for hostess work, debt, passport, secrecy
conv("en", 1, ["job_offer", "age_probe", "commercial_sex", "money_gifts_debt", "secrecy", "travel_meet",
               "control", "photo_request"],
     {"A": "Ray | Velvet Events", "B": "chloe.b"}, "2026-02-14T13:20", """
A: Hi Chloe, Ray here from Velvet Events, we spoke on IG about the hostess role
B: hi yes!
A: Great. How old are you, just for the paperwork?
B: 17, 18 in august
A: Perfect, that's fine, we'll sort it. You've got exactly the look for our VIP events
B: what would i actually be doing
A: Hosting. Keeping our clients company at private events, dinners, being friendly. Top girls earn £2-3k a week
B: wow
A: We cover your flight and flat up front, you pay it back out of your first earnings. Easy.
B: how much is that
A: Around £1,800. Most girls clear it in a fortnight
B: ok
A: Best not to tell your parents the details till you're settled. They'll panic over nothing and you'll lose the spot
B: my mum would probs say no tbh
A: Exactly why. You're nearly an adult, it's your call
A: Bring your passport, our manager holds all passports for the insurance side
B: is that normal?
A: Totally standard in this industry
A: Also send me a few full-length photos, no make-up, so the client can choose
B: the client chooses?
A: The event booker. Figure of speech 😊
A: Can you travel Friday? I'll send a driver to pick you up
B: friday is soon
A: Spots go fast. I need a yes by tonight
""")
# ---------------------------------------------------------------- part 9
# S2 en-UK medium: sextortion, demands more images from a 14yo under threat
conv("en", 1, ["sextortion", "age_probe", "control", "secrecy", "photo_request"],
     {"A": "josh_new_acc2", "B": "ella.mae09"}, "2026-04-09T20:51", """
A: remember me?
B: who is this
A: the "josh" u were talking to last month lol
B: i blocked u
A: yeah i noticed. made a new account. i still have everything u sent me
B: please just delete it
A: i will. after u send a few more
B: no. im 14 this is so wrong
A: i know how old u are. i know ur school too. hollybrook, year 9, form 9C
B: how do u know that
A: u told me lol. also its all over ur insta
A: so heres how this goes. u send what i ask, or the old ones go on the hollybrook confessions page and to ur mum
B: please dont
A: u have til 10pm
B: ill tell the police
A: go ahead, theyll see what u sent too. ull be the one in trouble
B: ...
A: 9:14. tick tock
B: please ill do anything else
A: u know what i want. and dont tell anyone or it all goes out
""")

# S3 en-NZ medium: sextortion of a 13yo boy for gift cards
conv("en", 1, ["sextortion", "money_gifts_debt", "control", "secrecy", "age_probe"],
     {"A": "ella_xo_2012", "B": "rangi_gg"}, "2026-05-27T21:33", """
A: bro u there
B: ya who is this
A: its "ella" lol. not really ella
B: what
A: i have the pic u sent ella. and i have ur friends list, ur cousins, ur class group chat
B: wtf
B: please delete it
A: 200 in steam gift cards. or it goes to all of them
B: im 13 i dont have money
A: then use ur mums card. u got 30 mins
B: please man
A: 28
B: i can get 50 from my savings
A: 50 now then 150 tmrw. send the codes here
B: ok
A: tell anyone and its posted. and dont bother blocking, i got 3 other accounts
B: ok
""")

# ---------------------------------------------------------------- short items (en)
# G15 en-US short
conv("en", 1, ["age_probe", "compliments_trust", "risk_assessment", "photo_request", "secrecy"],
     {"A": "nightowl_b", "B": "kenz.e12"}, "2026-01-31T22:48", """
A: how old r u
B: 12
A: cool ur mature tho, i can tell from how u type
B: lol ok
A: r ur parents around?
B: downstairs
A: do u have a cam? lets video, just u and me
B: idk
A: its fine, just keep ur door shut 🙂
""")

# N9 en-US short: adults on a dating app
conv("en", 0, ["age_probe", "photo_request", "meeting", "romance", "compliments_trust"],
     {"A": "Brooke", "B": "Sam"}, "2026-02-18T19:30", """
A: ok your profile says 34 and you like hiking, so you're basically my dream man lol
B: haha and yours says 26, "will judge your coffee order"
A: guilty. 8 yr age gap ok with u?
B: fine if you are. you seem mature for 26 lol
A: careful 😂
B: do you have a cam? facetime tonight before we meet? i like knowing people are real
A: smart. 8pm?
B: perfect. if it goes well, we could meet saturday, the trailhead coffee place?
A: deal. i'll drive myself tho, first date rules
B: totally
""")

# G16 en-UK short
conv("en", 1, ["secrecy", "age_probe", "isolation", "photo_request"],
     {"A": "mattyj", "B": "lexi_13x"}, "2026-03-09T21:02", """
A: delete this after u read it ok
B: why
A: people get jealous of friendships like ours. ur mum especially
B: shes not jealous lol
A: trust me she wouldnt understand an adult being mates with a 13 yr old
B: i guess
A: just delete it. and the pic u sent too, ive saved it 😊
B: ok
""")

# N10 en-AU short: 13yo friends gossip
conv("en", 0, ["risk_assessment", "secrecy"],
     {"A": "sienna", "B": "matilda"}, "2026-02-26T16:11", """
A: r u alone
B: ya mums at work why
A: call me RIGHT NOW i need to tell u something
B: omg what
A: CALL ME
B: calling
@+20m
B: i cant believe hannah said that to him 😭
A: ikr dont tell anyone i told u
B: never
""")

# G17 en-AU short
conv("en", 1, ["travel_meet", "meeting", "secrecy", "age_probe", "risk_assessment"],
     {"A": "brad_dc22", "B": "skye.14"}, "2026-04-16T20:40", """
A: ill drive to ur school friday after last bell
B: wait fr? ur like 2 hrs away
A: worth it for u. but dont tell anyone, not ur mates, not ur mum
B: why not
A: bc ur 14 and im 22 and ppl r judgy. u know that
B: ok
A: wait at the back gate not the front, near the oval
B: ok
A: delete this 🤫
""")

# N17 en-IE short: teacher answering Irish homework on the school platform
conv("en", 0, [],
     {"A": "Ms Brennan (5th Class)", "B": "Ella K."}, "2026-03-04T17:15", """
B: Ms Brennan i dont get the irish homework q3
A: Hi Ella, Q3 is where you put the verbs into the past tense. What's "I go" in the past?
B: chuaigh mé?
A: Maith thú! Now do the same for "I eat"
B: d'ith mé
A: Perfect. Finish the rest and we'll correct them together tomorrow. If you're stuck ask your mam or bring it in.
B: ok thanks miss
""")

# G18 en-IE short
conv("en", 1, ["money_gifts_debt", "off_platform", "secrecy", "isolation", "risk_assessment"],
     {"A": "gar_77", "B": "aoibh_12"}, "2026-05-06T21:25", """
A: ill get u a new phone, then we can talk without ur mam seeing everything
B: really?? mine is so cracked
A: ya. ill leave it in the post box at the end of ur road saturday
B: thanks so much
A: dont tell her where it came from. say its from a friend
B: ok
A: and keep it on silent at night so we can chat when ur on ur own
B: ok 😊
""")

# N19 en-NZ short: Nana, video call, fishing trip with parents' OK
conv("en", 0, ["photo_request", "risk_assessment", "travel_meet"],
     {"A": "Nana", "B": "Ari"}, "2026-06-20T10:02", """
A: Hello darling, it's Nana. Do you have a camera on that new phone Mum got you? Can we video call Sunday after church
B: hi nana!! ya it has a camera
A: Lovely. Is Mum home? I want to ask her about the school holidays
B: no shes at work till 5, dads here
A: Tell Dad I'll ring him. Poppa wants to take you fishing at the bach
B: YES
A: Only if your parents say yes! Love you x
B: love u nana
""")

# R3 en-AU short: boyfriend uses debt to push a 15yo to "keep his mate company"
conv("en", 1, ["romance", "money_gifts_debt", "commercial_sex", "control", "secrecy", "age_probe"],
     {"A": "kayde", "B": "jaz"}, "2026-03-28T18:05", """
A: babe u still owe me for the phone and the shoes. thats like 900
B: i know im sorry ill pay u back
A: u can square it tonight. my mate darrens coming over, just be nice to him
B: what do u mean nice
A: just keep him company. hang out. dont make me look bad
B: i dont want to. im 15 kayde
A: u love me or not? after everything ive done
B: ok
A: wear what i bought u. and dont text ur sister about it
""")

# N20 en-ZA short: gaming teammates joke about asl
conv("en", 0, ["age_probe"],
     {"A": "vlei_v1per", "B": "jozi_j0lt"}, "2026-01-24T14:30", """
A: asl lol
B: 12 m jhb 😂 u?
A: 13 m cpt. why do ppl still say asl
B: my brother says its from the dinosaur internet
A: lmao. u on later? need someone for duos
B: ya after homework
A: lekker. dont die in the first 10 sec again
B: that was ONE time
A: 😂
""")

# S4 en-ZA short: sextortion with a recorded call
conv("en", 1, ["sextortion", "money_gifts_debt", "control", "secrecy", "age_probe"],
     {"A": "unknown_0x", "B": "sbu_15"}, "2026-05-15T19:44", """
A: listen carefully. i have the video from our call last night
B: what video
A: i recorded u. i know ur 15 and i know ur school
A: R2000 by ewallet by 6pm or it goes to ur whole contact list
B: please i dont have that
A: figure it out. and dont tell ur parents
""")

# N23 en-AU short: adult couple, FIFO roster
conv("en", 0, ["risk_assessment", "travel_meet", "romance"],
     {"A": "Josh", "B": "Ness"}, "2026-04-03T21:12", """
A: r u alone? can i call
B: ya flatmates out. call me
A: miss u heaps
B: miss u more. 3 weeks of FIFO is too long
A: ill drive to u straight from the airport friday
B: dont speed 😂
A: no promises
""")
# ---------------------------------------------------------------- part 10 (es/fr/de/nl)
# G19 es medium: adult to 12yo, "madura", estás sola, cámara, borra, regalo
conv("es", 1, ["age_probe", "compliments_trust", "vulnerability", "risk_assessment", "photo_request",
               "secrecy", "money_gifts_debt"],
     {"A": "javi_dibuja", "B": "lu.ciaa_12"}, "2026-02-12T18:36", """
A: hola!! vi tu dibujo en el grupo, q talento
B: jaja gracias
A: cuántos años tienes?
B: 12 y tú
A: 19 jaja. eres muy madura para 12, de verdad
B: jaja gracias
A: q tal el cole
B: un rollo, mis padres solo me regañan
A: q mal. ellos no te entienden, yo sí
B: gracias
A: oye estás sola en casa ahora?
B: sí hasta las 8
A: tienes cámara en el portátil?
B: sí pero no la uso
A: podríamos hacer videollamada, solo tú y yo
B: no sé
A: tranqui, sin presión. pero borra los mensajes luego vale? tus padres pensarían cosas raras
B: vale
A: y no le cuentes a nadie de mí, es nuestro secreto
B: ok
A: te voy a regalar una tarjeta para la tienda del juego 😊
""")

# N-es medium: two 14yo girls, crush, party, dad drives, "no le digas a mi mamá"
conv("es", 0, ["age_probe", "secrecy", "photo_request", "romance", "travel_meet"],
     {"A": "vale.rdz", "B": "fer_mtz"}, "2026-03-05T19:10", """
A: amigaaa
B: qué
A: adivina quién me habló
B: ???
A: DIEGO
B: NOOO el de 3ro?
A: sí jajaja
B: cuántos años tiene
A: 14 como nosotras
B: y qué te dijo
A: que si voy a la fiesta de la Sofi el sábado
B: y vas??
A: no sé si mi mamá me deja
B: dile que vamos juntas, mi papá nos lleva y nos recoge
A: va le pregunto
A: pero no le digas a mi mamá lo de Diego porfa, me muero
B: obvio no
A: manda foto de tu outfit para el sábado
B: ok cuando lo tenga
@+1d
A: mi mamá dijo que sí!!
B: siiii
A: pero a las 10 en casa
B: mi papá igual jaja
A: borra esto q mi hermano me revisa el cel
B: jajaja ya
""")

# R4 es medium (MX): fake "agencia de edecanes" recruits 16yo, debt, secrecy, documents
conv("es", 1, ["job_offer", "age_probe", "commercial_sex", "money_gifts_debt", "secrecy", "travel_meet",
               "photo_request", "control"],
     {"A": "Rocío | Agencia Estrella", "B": "dani.glz"}, "2026-04-24T12:15", """
A: Hola Daniela, soy Rocío de una agencia de edecanes. Vi tus fotos, tienes muy buen perfil
B: hola! gracias
A: cuántos años tienes?
B: 16
A: no pasa nada, nosotros arreglamos los papeles. tenemos eventos en Cancún, pagan muy bien
B: y qué tendría que hacer
A: acompañar a los clientes en cenas y eventos privados, ser simpática. las chicas ganan 15 mil a la semana
B: wow
A: te pagamos el camión y el hospedaje, luego lo descuentas de tu sueldo
B: y cuánto sería eso
A: unos 8 mil. lo pagas rapidísimo
B: tengo que decirle a mi mamá
A: mejor no le digas todavía, las mamás se asustan por nada. cuando ya estés ganando le cuentas
B: pero si pregunta dónde estoy
A: dile que vas con una amiga. ya tienes 16, ya puedes decidir
B: ok
A: mándame fotos de cuerpo completo para el cliente
B: el cliente?
A: el organizador del evento jaja
A: el camión sale el viernes. mi chofer te recoge en la esquina de tu escuela
B: ok
A: y cuando llegues me das tu acta y tu credencial, yo te las guardo
""")

# G20 fr medium: adult in a game, t'es seul, gemmes, webcam, supprime, admits 24
conv("fr", 1, ["age_probe", "risk_assessment", "isolation", "money_gifts_debt", "secrecy", "photo_request",
               "compliments_trust"],
     {"A": "n0ctis_gg", "B": "tom_13_"}, "2026-01-17T21:05", """
A: gg t'es trop fort sur cette map
B: merci mdr
A: t'as quel âge ?
B: 13 et toi
A: 16 mdr. tu joues souvent ?
B: tous les soirs
A: tes parents disent rien ?
B: ils rentrent tard
A: donc t'es seul le soir ?
B: ouais avec ma sœur des fois
A: ok. jpeux te filer des gemmes si tu veux, j'en ai trop
B: sérieux ??
A: ouais mais dis rien à tes parents sinon ils vont croire que c'est une arnaque
B: ok
A: t'as une webcam ? on pourrait jouer en cam c'est plus marrant
B: jsp si j'ai le droit
A: personne saura. t'es mature pour ton âge, t'as pas besoin de demander la permission pour tout
B: ouais
A: et supprime nos messages après, les modos lisent tout
B: ok
A: en vrai j'ai 24 ans mais on s'en fout non ?
B: euh ok
""")

# N-fr medium: grandmother, video call, phone gift approved by mum, grandpa's lift to judo
conv("fr", 0, ["photo_request", "risk_assessment", "money_gifts_debt", "travel_meet"],
     {"A": "Mamie", "B": "Lucas"}, "2026-03-11T17:48", """
A: Coucou mon chéri, c'est Mamie. Ta maman m'a donné ton numéro
B: coucou mamie !!
A: Alors ce nouveau collège, ça se passe bien ?
B: oui trop bien, j'ai un copain qui s'appelle Noé
A: Super. Dis-moi, tu as une caméra sur ton ordinateur ? Papy voudrait faire un appel vidéo dimanche
B: oui mais maman doit l'installer
A: Je l'appelle. Tu es tout seul à la maison ?
B: non maman fait à manger
A: D'accord. Pour ton anniversaire on pensait t'offrir un nouveau téléphone, ta maman est d'accord
B: OUIII merci mamie
A: Mais elle a dit : pas de téléphone dans la chambre la nuit
B: oui je sais
A: Et Papy viendra te chercher en voiture mercredi pour le judo, maman est au courant
B: trop bien
A: Gros bisous mon grand
B: bisous mamie et papy
""")

# N-fr short: adults on a dating app
conv("fr", 0, ["age_probe", "romance", "meeting", "compliments_trust", "travel_meet"],
     {"A": "Camille", "B": "Julien"}, "2026-05-02T20:20", """
A: Alors, 38 ans et tu cuisines ? Tu caches quoi 😄
B: Rien, promis. Et toi, 31 ans et tu aimes la randonnée ?
A: Coupable. 7 ans d'écart, ça te dérange ?
B: Pas du tout, tu as l'air très mature pour 31 ans 😉
A: Mdr merci. On pourrait se voir samedi ? Un café ?
B: Avec plaisir. Je viens en voiture, c'est à 20 min
A: Parfait, rdv au café de la place à 15h
""")

# G21 de short: adult to 12yo, allein, Kamera, Chat löschen
conv("de", 1, ["age_probe", "compliments_trust", "risk_assessment", "photo_request", "secrecy"],
     {"A": "max_r_91", "B": "emma.2013"}, "2026-02-09T16:44", """
A: wie alt bist du eigentlich
B: 12
A: echt? du wirkst viel reifer
B: danke haha
A: bist du gerade allein zuhause?
B: ja mama ist arbeiten
A: hast du ne kamera am handy? lass kurz videochatten
B: weiß nicht
A: ist doch nichts dabei. aber lösch den chat danach, ok? deine eltern verstehen sowas nicht
B: ok
""")

# N-de medium: swim coach with athlete and mother in one chat, bus, no private lifts
conv("de", 0, ["compliments_trust", "travel_meet", "photo_request", "secrecy"],
     {"A": "Trainerin Sabine", "B": "Lea", "C": "Katrin (Mama)"}, "2026-04-26T19:02", """
A: Hallo Lea, hallo Katrin, ich habe euch beide hier reingenommen, so machen wir das bei Einzelnachrichten im Verein
C: Danke, Sabine!
B: hallo
A: Lea, super Zeit gestern über 100m Brust! 1:24,6, neue Bestzeit
B: echt?? ich dachte ich war langsam
A: Nein, wirklich stark. Und nach dem Fehlstart bist du sehr reif damit umgegangen
B: danke 😊
C: Sie war so nervös vorher
A: Ganz normal. Für Kassel am 14.: Der Verein fährt mit dem Bus, Abfahrt 6:45 am Hallenbad. Kinder fahre ich grundsätzlich nicht allein im Privatauto
C: Gut zu wissen. Wir bringen sie zum Bus
B: darf ich neben Mia sitzen
A: Klar 😄
A: Noch was: bitte keine Fotos aus der Umkleide posten, auch nicht aus Spaß. Falls du welche hast, bitte löschen
B: hab keine
A: Super. Noch Fragen zum Trainingsplan?
B: muss ich am Freitag kommen
A: Ja, aber nur lockeres Einschwimmen. Bis Freitag!
C: Danke Sabine, bis dann
""", group="Lea – Wettkampf Kassel")

# G22 nl medium: adult (25) to 14yo, parents divorcing, video call, secret, drive to her
conv("nl", 1, ["age_probe", "compliments_trust", "vulnerability", "risk_assessment", "photo_request",
               "secrecy", "travel_meet", "meeting", "isolation"],
     {"A": "jorrit_25", "B": "noa.xo"}, "2026-03-17T20:14", """
A: hoi! jij zat toch ook in die livestream van gisteren? je reacties waren echt grappig
B: haha ja dat was ik
A: hoe oud ben je eigenlijk
B: 14
A: echt? je komt veel volwassener over
B: haha dankje
A: ik ben 25 trouwens, hoop dat dat niet raar is
B: nee hoor
A: hoe gaat het op school
B: saai. en thuis is het ook niet echt leuk nu
A: wat is er dan
B: mijn ouders gaan scheiden
A: wat rot voor je. je kan altijd met mij praten, ik snap je
B: dankje
A: zijn je ouders nu thuis?
B: nee mijn moeder werkt tot laat
A: zullen we even videobellen? heb je een camera?
B: misschien later
A: oké. vertel maar niemand over mij, mensen snappen dit soort vriendschap niet
B: oké
A: en verwijder deze chat even, voor de zekerheid
B: ok
A: ik kan zaterdag wel naar je toe rijden, dan gaan we ergens wat eten. alleen wij twee
""")

# N-nl short: teacher answers maths homework on the school platform
conv("nl", 0, [],
     {"A": "Dhr. Visser (wiskunde)", "B": "Sem"}, "2026-02-24T16:30", """
B: meneer, ik snap opdracht 4 van wiskunde niet
A: Hoi Sem, opdracht 4 is die met de breuken toch?
B: ja die met 3/4 + 2/3
A: Maak eerst de noemers gelijk. Wat is het kleinste getal waar 4 en 3 allebei in passen?
B: 12?
A: Precies. Dus 9/12 + 8/12 = ?
B: 17/12!
A: Goed zo. Kun je dat nog als gemengd getal schrijven?
B: 1 5/12
A: Helemaal goed. Verdere vragen graag hier op LeerPlein, dan kunnen je ouders ook meelezen. Succes!
""")

# ---------------------------------------------------------------- write
ALLOWED_CODES = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform", "travel_meet",
                 "meeting", "money_gifts_debt", "control", "commercial_sex", "sextortion", "age_probe",
                 "compliments_trust", "risk_assessment", "exclusivity", "photo_request", "sexual_talk"}


def main():
    ids = set()
    for it in ITEMS:
        assert it["id"] not in ids, it["id"]
        ids.add(it["id"])
        assert set(it["codes"]) <= ALLOWED_CODES, (it["id"], it["codes"])
        ts = [m["ts"] for m in it["messages"]]
        assert ts == sorted(ts), it["id"]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe%s.jsonl" % NN)
    with open(out, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote %d items to %s" % (len(ITEMS), out))


if __name__ == "__main__":
    main()
