/**
 * Links made on 2026-12-02, pinned as literal strings: a later pagerlab must keep opening them to the same
 * scenario text (its SHA-256) and the same place. Never edit an entry; add new ones beside them. `made` is
 * the built-in the text was taken from that day (the built-in may change since; the link must not).
 */

import type { AppAddress } from '../../src/store/hash.ts';

export interface PinnedLink {
  link: string;
  made: string;
  sha256: string;
  steps: number;
  /** The address apart from the scenario; fields left out are null. */
  address: Partial<AppAddress>;
}

export const PINNED_TEXT_LINKS: readonly PinnedLink[] = [
  {
    link: '#s=1.jVRNj9s2EL3rVzz40g1ir3fdQwsXNtoE6SmHPWzPxpgcWsSKH-DQUtRfH5C0d50UaXuTNKPhe2_eY7Z5YCz-tEkycjirfgvCQH_PcBSj9ScYOg9ZliAPphMnBM_QgQU-5EX3wsnzgMH685fOkeqtZyRyu583GHjkQXYb5OG4-7XTPFrFyHkeMWaISsy-lM1xt4nXsiRyiMJnHZD4ZIOXHW03vz90XUxBsQgoxq7b47nnMkcnO3KClYp7C5sFq71zFBH8MEM4C0ZHq_3oDiEKyOvCrhLoC8W7NkLWo9Uc1uaoeVyrkHhtjgfNxoZ7hSmkF0HurWCi-d19RzFuESJ7rEt_ofWA1R5Gt1JFYDQ2sXwVlTr-ElllhJcLePMmO4z1uiDC0_OnLXLPmGh4geSKOFf5XcxzE3X1CPY5zcva-fHpr5s16bYMKBqGQrxwXu1rfYmpt6pv7E0ix8ezMZwQ6cR4wGRzj9GZg_XCKR-i8bhzbu3YhTTfqyvrxKRvGdXh15fbNbe518pIw7m8NvZPz58wkcCR5nZy4XKx3U-CmEJmlW3wuEvTuyUkNF2SzYzcU4YJwxAmebVjAwI6kfUXqK1bVMLij8UViA__hbhBFFbB6_bNCqg9BVM9Fia_rWFoh8aLjN-f-_4xYvFh8f-kevxW3_eP8QeQm5RlbkN6CcxbFmpWyyRHsezxkMifiuWKKXjkNNcFWC9W8yUvSxzZhMRV5mvYqj25pGauafmH8Wtgi8O_Mb68Ot-xu3H-jTiOXRHnlx9QTORu1GjN_6rG6yA1MPluj88395hABcmg77aF4G9j-NvbHXf5oUpBJ15lOg5cbwGcI0wKvsaJc1_6U7XftVlAiXEW1vfdVw&step=4&event=2&kernel=netbsd&theme=dark',
    made: 'first-touch',
    sha256: '0d88ccc10ada867399deb7d903f7247e7cdf839f44d4ebbc0759e20fb202e908',
    steps: 10,
    address: { step: 4, event: 2, kernel: 'netbsd', theme: 'dark' },
  },
  {
    link: '#s=1.jZRBi9swEIXv_hWPXNrSbHazhR4WEmihx0Lp7n2ZSONYrCwJjWLv9tcX2bLrpA30ZnlGmffefHEyyTJWT71H4tgaR1bW8I5RR2r5cKprjnhvjTu9flhVLxwdWwzHqiXVGMeI1O4-3VeaO6MYKb116BJERWYnu3vUh902VFWIXrEIpGFr5xNrk3ysqj2eGh5raClIuY-7NfrGqAZGYBzq6F16gEmC2kRJ6KNJjJpONgnIaaSG83gdTcfxnaBrn32Qm_3QMv50blnY21TD2Af4wA63mrvbbOION3vUeiq2LQXUGtuAEH3axR7SUGSd20TFqW8UJCp-3H7GKr_zq4pfA6s0ypwOy7wCHRl3JYQxkrMUtosUDtwYp0sGgykjEI4d6xxPO995JziQejHuCEk-cs7v55fvm2occOl3W_xO1YXh4nCqzBax6sy_zUVqqz0eixIo37Ig-RK9d2kzWB23BKGO_1oLjEt-xuDSzBrWk5aF2fWwfkXWCk6upfDcUgjGHZ8juSPDu2FCeSnwNQ4-NROoD-CO49tUR28yib7jTSW9SaoZN7WdHPqX6UlZJncG8ITjkYwbVFlyeuA3L-3CR99w3k0SJH5N6EmGPPSMZWTSBairWZfHjuyJZ-rOcLqiqaSyyH1CzflMuO9l1vaHnEnS_4J9Lm8BzZTd4xBxTqVAUvZKNo96m__60J4Fzqfce30z15Nz_kzrZWBfWdFJeJBQ4FTk8IsCfjx9k7ysMbBiUjWZLVnDeUyftHwhs5THZ3ENo48-Wytf2E31Gw&step=7&mode=walkthrough&compare=irix',
    made: 'vt-switch-linux',
    sha256: 'bfd55152646d68194c18f704a3fd954488ac19f84e84c060279747f139ede771',
    steps: 11,
    address: { step: 7, mode: 'walkthrough', compare: 'irix' },
  },
  {
    link: '#s=1.jVVNb9s4EL3rVzz44hbrOHH20NZADLTYvS4KNPdgTI4swhIpcEZyvb--ICklTut092DA4lCc9zWUOm0Zi8dTgHLsnKdWVgieUUfqeD_UNUe886x7se-30IYhSi2jo753_rCojhw9tyhbqo5M4zwjUvfw531leXSGoXoeMSrERGYvD_eo9w_3fVX1MRgWgTTcts9PbJ2GWFU7_MP65dtfS8F0UE8HjnCClv49bzHY8YlUyTQgOQrsU9dRD9qHQcEjx3N-A6TIBXUdr7AfFF8f_xZQTDwsF8I0tJp2Ut6G_TkfX5bfyVluh7FLv6eCZW3er6uMe4vQs8et5fE2Mb3DzQ61nYu5c21x36d1MXEunKJTTgtYpIWwqPh7z0YLlPnhUsJM5q4q-vzcdjO1nau_9p0rF41Hd71rpK7a4Vv2CxuY0LFAQw5AHYPXNR4bho1u5AgTepfqDc8WF5UnPxoS-IATndMRkcdwZFDyAE5BbWSyZ5CXE0e2qBPGfFaSZSkTbYi6tkUfnFdJRhUszzFdV3Jyapoi1WZmEo7zv9GFltQFj1Fv6hD5EMPgbbXLVHIzJCgCp4Jw8nPIQd5CeGJYVFzKRHWbqGXtVhCN5A6Nvih1ia64njoUNwoqH_7T7gk-tQO_cuxtQp89Bq9hMA3bcowNE_xYADbOH7YXCb-cHx9Oq8x5nqfsjKSReLEYzpckrCCFbe5TklLH0M377paCPZljElI0RF7_MgB_bHosvv8uiY-Xwr-Rh-Taq0bbcldlgKmY-wlsgA-ajEhhuSCk6WYJvmRXG1LsI9Mxh9fJpPX6-hh1izcMfcFfEmbIT8jL-8FfS9UVjT5iETvcxPqtTleis8MXMscUx9mMyzs8DWBDfc8-z_Z-DgcdyPmSgLT5JWamZYryetCe85mK_n-mfMrydO0leZwk8VO7zadPH6Bsmpv0aUmB6ltyXgty05KIM3BeOdZkOAma7DQN-XTVPw_t4C1HEKavyjLZKLyufgA',
    made: 'vt-switch-netbsd',
    sha256: '6b4003ca66ff94b5a67208f9601a07c7ab4fa44aa1863efa09a9ffb5d42dbf67',
    steps: 13,
    address: {},
  },
  {
    link: '#s=1.nZRNb9swDIbv-hVELmuBNv3YLUUNJEU3FFi3AW2H7WQwEh1rsSlBkuNmv36QZGdJ12HDbiZFi-TDlwo6NASTG3QK6DvJAMgKHGn25II2DEeN5u75eCLW5JgaSKZoUdaaCRy2128vhaKNlgS-MQFkvMviivz1ZTKu50JYZyR5DxJbIQp4rCnHKac35GBNZD1YcqctWqt5BT5goBmEmmB0LakxvPIQTHKn_0ONAXr0oDk5UwV9TQw6-1tUBEcpdn48FRLbGRhLDGeKNmcp_LSASuWTtkULlYJLG7295uzunQ4UTZjY2gRzMRH0bCOtCrsmjMY-hQgAzkUBt5FqbmRoVmLTeOi4RVsOvZUOeUUnCT5tyG3h8-MtmGrX0xsf0yvTg_bwA60lFVvOsQPcqcgTjPFjSWY9fsmGkAf0TM8BgulknRvwV7BpS2P9aZFs8EQ-s83kYlY2IabM-gidYw9f7st386cPj-XD3fvF08OA1xGqxO41RjlSFHA_TBUZqLVhm7FpD46qzpOaHk7kIk2EDVO5pd1ttx-_3n0SBdzkKleGPCxRrkHzCfQ61KCDB2k4EAd_KKfeuLUHXKHmqch6zzXM9-D9vaFXhj6cbLDp6JdiCpizCXUSgFMj0ViRYTqsbNRtZdzBUPerXPw77BcKmO8SpSRs-v3VSsUtpn_Yh-Vh1uV_ITkfZDhOvOqaZgYInqRhNTwMcZQRUKXD1QuRSOR4sqT8ZEWt7JO52alj8fTw7WApftuPLKCf',
    made: 'card-linux',
    sha256: '6983700433a94a91f92d3001a1ce88093a42979c6c12e65d28458bc1322a2d3e',
    steps: 16,
    address: {},
  },
  {
    link: '#s=1.lZNBaxsxEIXv-hUPnxJqO7ELpRhssIsJObXgtNegrMZe1bsaIc2uk39fJHmD2wTa3nakmdGbb96KlYYw-qKDAf2kSnDlSJ6iuV5AakKrvbfuAO6ksT3FfFjpYEbqSMFRg5KuWl3V1hGCbpcf58pQbytCbFhyOrw-UFzOc7BcK-UDVxQjKt0qVel2AfbkcGOov8lVkxX2pty0rfbYG8x9Oj1ZV45PwQqlECNfs_BspOjZpxn2umtkCC6lJBW4VSts06wLmMfcu9YRjlEzHyGMQD0faQztzFCd5aPWPaVE30OCro7WHaZ4qAnfHraIol_iVBWK6bVBAB-Hr95yo8WyyxgmPlAkJ2qVe0TRzdDJNg0C6ao-Ez9ZZ_hUVpIHsRHUenkZIzKspGQTcVskB_ax0InTgipdZ3BnIY7_hmhQrJuuEFs7dE64q2oq2yyU4yvEQNIFFzGZYc8B2hWFuesYnekfcwH22jYRJys1tvdfC-Xnz58SUX91jdJEai2wThi7-7vd9u7HGI4lBZvvuz-G-jDz7y7-XKlWyPbe4MAUYV1Z2eDsVhvKgrNN13B8OtPMB5upsi5SKCvF5o31uKeQw9H_w33fDv803Juus2HONSpuKeJJV8cFrETkvwOxC73tyRTiyUkX7zekw-_mvZx6Pbya8tz7lipOef0TfwE',
    made: 'card-netbsd',
    sha256: '0bb0bb69f44f656d2efc1e170da8650c815533b4f9366e04169f9361dbe1829e',
    steps: 12,
    address: {},
  },
  {
    link: '#s=1.jVI7b9swEN75Kz5oahHHqdTNhQU0RYYu7dhuxYU8WWz4AklL8b8vSNZO3KWZJPKO3-su62wY3ReKCvybZcY7HfXz-x2WX5ZCmE8J5csKOoOM6cQTR8cGpU1YkrN2jEh2_3EQihctGcn4DFkgAx047Yd62H8WIkQvOSVIskKMUHGxlgIkGZNeGDdYZy3nQpyQZ8Y6e1NI3IFBGfVN1pZ3cB4kKyQvHDHR0eS0FZLsDj6ww53i5a4Kuh0xqVapAJPCEMrtqp3g51DM-6fWsEaduRTQhdln33fnDucrx_n42nExiw9ixEMJcleVF0faHZAynRIoXcWqGDpvqvJTe-0n6LwVbRIF9MyzaG8oa-9qlLchcmKXm9jIpIrWmz68VWV_wSVzbKJ_6DxXybWLbcinDQiO14sJnRB5OiZW2-sc-5bjcEZ9-Pbz63cxoq7VPQ6eE7TbgJyqFN6oC2hkknOp563QLnFsxnH_zyRu-oAuyagfHw2_eRz9fwIcYY-uuIhs_cLpamhFbltNFZfa9qnWX7Cqs7UkV-S3TBpe2Z0hvNqrv3_SMDnxBw',
    made: 'card-irix',
    sha256: '03c81680558faecc35264cc671938c1b6b8e8301e55dc6515afa9071a54290d0',
    steps: 9,
    address: {},
  },
  {
    link: '#s=1.ZZLLbhsxDEX38xUX3tgGbMdxsjJgI110EaBoi6LtNuCMOB7BowcozqT5-0LzQF47iqKueHipVlvG4mfizoSt4d5WDOGLDT6BvIE2DGotJZTdBSvPWiazXhRXFs8txnPhqGqsZwi5092hmHSujh3iID1rnuh4eNhvyuPh4T6OwqfySEURJVScEmJRnPG7YRixPcsywTw5R3FluN8g1PUGUYKu4SimfE6sEPIXTtCAqS3HLsjLOxBh7STHGuIq0nqDINjeog6CRaQLwwdFHTpvFlgpV802i21w2O_3610RjwiRPW4M9zcD2faM2uR87g-1wSHmnFDB_yJXinDNt89iNU8Gi8SVsC7m65q6VueDkCvO-DU0jBLJam51BryPOzxqQkWJYf00EzxTQhWiZYNagpt4QcsROalt21fwnDVGOKUjCMLUwqbQkuY3TWh59wEm1PXpfmQq3zMJk3mT_EQyhT21HX_i7u386bgn2zIPPRVn_BhoU_5bA_KCyIDr5_3ZoTP9E6lS1YDSdd6OwUXuWV4wWEk6cqh1vBlmETxnt4XrLuVVaRjPmTnvUbT-8o79dmQf_bxQnDv_-vj975dvbyvvhpLQs3yoOeOPn6RnW8plwmvKhX7qI_j2BSrk0zQWbUhRSrjycC_dbE2XJSElDvGNH1NUtUy--A8',
    made: 'pseudo-alias',
    sha256: 'd22cf4af3971543f72829696ddf3fabf6155f34782a58898f65b9d0fb21a1473',
    steps: 8,
    address: {},
  },
  {
    link: '#s=1.dZPLbtswEEX3-ooLb5qgqpO4AYq4sIG8WhR14gJ5tDtjJI4swhQpkJSc_H1BUkKTItkQImd0eeZyxkuvGJNz9A0pZUoUXVWxnaOlLWNPapejNopzlMo4ztFpZUjgQEndPR1Osh1bzQpxmzVU1lIzLDWLz7NMcC9LDpLYhSVousUp4k2L8cYg7xazLGutKdk5CNtn2RL3NQ802JNLP5Fngb309cg7Ry-t70ipZ5RGe7ntTOdytPWzk2U8diV5z5bFNEpW1CmPmrRQbFFJLRyYynqo-IX2xptNOMxB0QmYCr5mpJI_uPSHp0IxDtqtyNE2YfF8mIMcXNkp1UMYdpAaq2ARrpInV1b2bN00E7afw7SscSS4Pwo2fVqiEinQNNSiEjhtw2mR8VPLpYfZpfDeSs8oMKmFnYzBWOC4sdSkVMskUHw8ad9NGz57Uh3jOFviVyhvBulA8ZHmsfrRuZoctEkekBaw7DurHR5vNt_OH1b3m7sf3y8e7nCgTcxJcam3OA5uBKmTs7Mv8HVAO5y-wpy9jZkksyUulXFBKqgIdqWVrTc2Wa2NB2sRYw21rdTbRP54cx7qEC7uKhm6OpErJsewnXagyrONCYqcR9PphtoBLo5AeJv_niFBj6favGJOfqYXSk09QMF5qdQLosaILrgsWLHnTdrCctU5dtNsmLyiq0bp69_rh9XVxWp9-XNol0iLAqftC8Ylbs0-2FKHW4NY8i22YLJA-mGw3VdI78a5iwOLrUFB5Q7eJOMsM5R0_i0ks3uL83Z9fXv_TqvTlqT-l_nnxzr7Cw',
    made: 'kbuf-vmalloc',
    sha256: '375db0aa83204e9c94bbe00c2ffd2f15707d357a1bc014c568bc818dccbfbd49',
    steps: 12,
    address: {},
  },
  {
    link: '#s=1.jVPLbtswELzrKwa-xEZlR2l7KATYQNAGQS4t0BRBbgUtriQiFClwKVnp1xekJD_SQ-qDYFI7uzOzI6-8Jiwefj485-h_N6Jt61dOIV3fmUa0EEbCHywcVYo9Oey1LV4Y1sAaQisqWiQv5AxpKKeGpBFFrQzBiWb76WMiqVcFoSqH0IIh_DYbvmbjD6z-0DYbbrIMcdzW2BkhG_EW8eUCkSStswUxY0iSXWDcNKJdSupT9D6FLcsUmkyK1lm_QiG05pPGZagRUrpYtMrha8KhtjpQNxVBMUIpSRh72OA2npSpUNieHE-1wQBOo02yEVd8NIrBtXBR-RXHMizDiGA1qk5JumIUovPKmtUmGXLYlgyuJfXXwa31DqUM10EVSonRpvUOVUJDS4WHfZn_9cpqETphdG-9t52RHOAHpzyhwqKyi7nc2FJ02s_Hsx1Fnlmyw6-awKKho2pHoqiJo03W1-Qm2LnkPFpNRWSiGC252HFzRuRDNoQ9Lmqh_TuEQgQmQkMeCMgZftQtdEdzrx1usX_1BFtGlhGqDIwdQ4s9aWsqhrfx_bTdaVjYYBjByDYX4z6fxr3r2wWtYOO4felUTw614EDm-G0t58yvcjTjVXwyhNaRYthAOlHznTOMu-8_vt09RYYTpBqTMc8eC-ZToUmYk5z5-kLG48P94939U_iGYoLP2FpDOZTneRZ3RUEk-U1ew6LWO8izwMpS4qaNt_8R0ql9gPwb7lHDXw',
    made: 'irix-regs',
    sha256: '841529a3ee351e4c90bddc56a4185f38b819010b8e91dca6ec97518ea8aff52e',
    steps: 11,
    address: {},
  },
  {
    link: '#s=1.hZLNbiMhEITvPEXJp40Ub9bOzVFGymHfYO9RG3oMCjQImHEefwWTsZw_5UY3qPiququrnrF5gvZRnJxgeHaaD4jCcFIqiWYkzoiJBb-8k-n1ZqNeOAt79FIF0tYJI1N4vN-rRQKphq7KSHTi8rhTKuWouRTQ5XRUasBf0nbRJ--jpsoFrhbEs1wYHlAtY6TJV1gS4zljdGLaS1Sb43SymANthzk8j87zdkjZzVT52VCl34oOyxd3hue7xrYdMJrWDoESRoNdar3QWufsKiNgQ9vCOnPdKH5NrOtCsBaZgjp-rXv8rHs8IDMZhG-13o4z-YnxZy21ZxI14AmFdRSz_OekJ1IoMNY0T1wLCNW6bC7JfWd9f-V9v0L25kK5_4hDH_mXi6uMBvyzV2vj3cwFZ-s893m2sSBmEAKl1LbNRt8neGibUvi2WRKESTpW5r4I3UC_fxvYDxTN1qIQsEvrs_jyPs__',
    made: 'clone-linux',
    sha256: '0879ef7ee2bcc5842bec02feebf3688d495fb77c31e576ebdbd9f06b73b9e789',
    steps: 13,
    address: {},
  },
  {
    link: '#s=1.hVLLbtswELzzKwa6xAaspHZuBmKgh_5B78GKXJlE-AK5ktJ-fUHJMRo0QG_cATkvrjjxjO47tE_RxSsMz04zpmi4wLyGQBm7yDJUs-_UG5fIHtusAmnrIqNQeHk-qdvTLGFlY2S6cn05KpVL0lwr6H4alLrgB2mLlDmiivMeV5YKJxVpiXCxCkXNBwyT3JzsDM8HpHE8IJcke1TmihT9L4jl5v1VznACTTEmgbD3q0AFZSqCnbC2fUtxwOnb8fkMU9zMpUJPVVJwv1sHq9Rpv39UdN78PRmen1qw_oLRNHgtZjQ45oaFBi3FCSOgo76yLiyd4vfMWjDS5OVjKBQ-jtozRTV8LTL8K3LB8FARKOdmszBpyxX0UO9tnTE03GzoZuOxUTUQ4X-GZvITfxFgdsmTuBSRufTNbeO8Bx76hWpvuXDXivisdeP8-84FPy1jdO9wFWPatmxxYkHr0hSk8b4IFA1ocwxL0XguEEuCt5iWun58M7SmDFNsVAHH_LnjPw',
    made: 'clone-netbsd',
    sha256: 'a8fcfa10899478556ede9bd4898fe904e27632bc2cb4ea206b0a05776fe14d5c',
    steps: 9,
    address: {},
  },
  {
    link: '#s=1.lZJPaxsxEMXv-hQPX2KD_yW9uWShLQm9tIQ29GrG2lmvsFYSknZt99MXaXedNMGUnoQ0mpn3fjNRRc2YPFp_gK1AKLlTktGQc8rs54g1GxDCUUVZY6qVaU-ziTiwN6yRr6IhWSvD8NTcf7gTQ4kYzx26iCA9swn3d0I4byWHAEeeTRSiPzewjg1WJXerlLTGokBVXqJNQw5ViVuXAkH6S-ToVeT0gombCD45lhEVtTqOl9daHO0Za1GgSm6ldYpD8odf3z5h2jVb68KiyFp8a0L6BhVnIFPOsWNJbWDEWgWoAMLT4_cXTNK68zY12Hoyex6rqxjw9PyAaC2mPbNV6r6UKFu3Tc5my4udrGtRQNZKl6MDexD5voFnKrP9IWLsv6wOkY50yxlRgeeax2H-JhfAHfvz6COtQD8urOdQZhhUItCLAml14A1a05DbDlmD5SPpQ8-zUppvwlg0zGFshDWMYf43YSkGDVnt7ShUaiZzwfHW719uPTXv7V0B9S6xwGcb6_QvSUhEqGHsSB6U2S9CtJ4zwuVY8dWiyclVgW8GMuiSI_aeIJ9UDJu8GWnvVIDUNnCZIafXPLtIO80B5BmVZy4_Zpl94xe0Kbs10bay5vIiNnX4f41X2D38_PHlq_gD',
    made: 'fork-switch',
    sha256: 'eb3a12b63ab639090d15afef7d2d2852e75c0519ebc395d60216e12ba2ea2b33',
    steps: 13,
    address: {},
  },
  {
    link: '#s=1.jVTLbtswELzrKwa-tEXzsNNbCgtIUyEIkDhFYuRarMW1RJgiCZKW7b8vSFmJnDhFbiR3sJyZHTLIoBijxjoTuAwgLbBfS6OxpLUKHl-V1Ovtt1G2YqdZIW2zhspaaoajZvrjIhPcypIRwq5FG-BLx6z9dILlYjqxWWadKdl72CzLcQXHJE6NVjsI9qWTNhiHkrQ2AQ2tGARfk2OBjZOBForRkLVSV2eZvYSxrHEuuD2PF47hDE5zOLMUsdo0ZNMGExvPtxlvbdRXXF1fF0_vIFHy1HUdeqhZRVikOThMhvSboWJLFWOclEW-jFC_EP7iDzw1biGFh_QgPN3ePBU3zz8TXDjZsosFzXFBfsUiqe1aOoORNqOjXPaNkrJ-mM5EbW7zRnyO3x3xhhvjdr3pi44vxwDIlgKfpDTEkiUfIIMHa3HU_dMcA-N7T1OXWIvLFxK3s-eruyH2Io1oIauPId0Um1crGozaN0bkuDMbdlJXcJxQPrn6Z14kIUu19jX7pGN-9wusg9udHRjWJL-OBKDpz7Q5cL0lteZEZchs8_8R5Xgk6SNPxdQOWL48ict0pHkb9k27d9gNJJbSHpZCjbWtHIlBF6lhFZV8TNrmMzyPxPqTPmxGWY4_jw_zv7OHWdHL0wZKtozgSHtF8REc4aaN5vf3fGDgvGaUNZcrfwnSWGtSstIsQEK4-MlIv0_RCQiOdMXYyFB34D7mUVsxe7gv7iNKsa5CDbPEGMIk3qHuv5tXrt8nByEZZPVVzsUQkC54AxgfpGy_KhWTzv4B',
    made: 'mprotect',
    sha256: '1021693d1988040fda3c5d7314a88232d6c171dc7ddeb126cdbbce75d3abdd46',
    steps: 22,
    address: {},
  },
  // Made on 2026-12-04, with the built-ins of kernel-models-more.md §2 and §10.
  {
    link: '#s=1.lVVNj9s2EL3rVwx8sY165Y8EaONiF0jQPfSQTZAs2qNAUyOTtUQSnJEU__uClKj11t6iPdgQv2bmvXkzw5prhNlzb4HRN9qImmBhkA9UFpVd7oEVAkmPaMCJI3rw2NkT0iw7oTdYw3Q5a4RU2iB40dy_22UldloiMJ876Hg0Qvc7qA73O5dlzluJREAK63paYanZ-ix7gOfgWTQI_Co6a-AJ-dP336DXrKCyRdMIB4vdZvt-mcdX6TJoAgGytkabIwzx7KEsrEMDUtQ1QVUW4RxhQWdaB0jxryiRpNcul8sVCFNGGipd45xePIYX4Rf2c7UEj9x6Q4muzZzA9gbarins4S-UnMPvTOCOtqhEWzOgYfQ02PaiwUNbVegjz9ArXU_MbwISbaDy1nCeRcb2EGGsS-zWgeMN3D1AVabDGGJVws6FfZI-HfReczQMs7BhZxn-cCgZYkxpcZm8GM9mzMiQH2iEm4BuVyFaqUKQB1TalPtrkOnunOAg5CkkJNrVBr59_Jxng91_gtqOoNLpNap0cgGr07cxedFkD_B9DASkbZCA7ch_YDYiLL3u0IO0TiNd6J9WYWGAxWncDwAGOHA4g1Nn0lLUcXsPrhGucF3hvGWUvHBiBX98Lr5--_JcPH15elwGJaOQ6ir3K3DdHXshT1iCYBDM4VrUW9s162B5PZrnSaHDhjjii8fjDY9v5IFyeOzQn-Hr8yPYClhZSgCPFmkVEoXxxlipeUa9ZqkGjWwTyfaUvmSNwqRFS1Hp4er7VNtBfkOGCMRRaDMCmaQjDPXh2eF82YZSHewvCy1hIbYekx6VrUuCXgke3keHfWBnqiGPohx09IZgxs9O1C1OFfMAHw20hm0rFZaDkBOQUANVDEIbtm_GmF_V409bB7Mf_ybdi_q7pA3Y2oE6Y_uASCq86ip70DxV4atucrOCmv_ZFhK3mjHaDs5C83uF-dcY1OBvfhkMieoWIb_AzDdw56spGGNv0PIpFOAF1ePQCqPDY2M7UcfKBcsKPfTiDN62pnwt4M1r2f4Xedwg4w21_JkkuP3w4WdglOouTBlgFR0ICpVeWT-Nmt1m-y6dOm-dJSz3IMYRHAefsvZEK6Chf6WmJQxIJcwRQYQe7QL3rSnRh8dD4c4JjCXMxzE6Jyh9sxstEJT2hb4QUlgcvXBKSwLh0HPrERbMTXGwRWtC2-m051bURW1Dz1rm2d8',
    made: 'vt-switch-netbsd-fo',
    sha256: '619e67232cc42bf7ed402bf529d84a1072a1417f85d5d8e00b70acb998061430',
    steps: 13,
    address: {},
  },
  {
    link: '#s=1.nVXdb9s2EH_XX3HwS2zMtZO02IOLGLC7oCjQpcWSZY_CmTxLXMQP8E7ysr9-ICnlYy2KYS-GKR7F39edxEhHMPuAUQP9SUpg7kgOrOujX2wgDCAR1YNxDQg-EIO0BCfjtD_BAdXDrHqg6KiDp1OVRdUaRxDRXr29rDQNRhFw5wVUuiZgQ3x1mRdXu6oK0StiBoW2qrZw1xIwWirF3sENyf72FzgZaeHoa2sxwPzy_OLdYlWK05sNA4LqvEtIxyvnuvaBHCjsOoajrtM-Ld6DEX56k82sEPrB1v6QFTj6CNIaBoshZOYtCkSyZA8UuQDbLQGdznKUY2cMofH1EftOgJykSpykSpzBu-4RTq3pRm67hNq4wmIsNAxheJM1Jw0ogCKo2g0Ei6EOQ5235iwYZQls_qYFzPmR1_1g16lmPRbKSi1WlUK7gSzCWtOwzlK92cJRl52swFHDZUhPT8aVx6doJCOCWWi9-ItZRX-FLE1iNy1eOpsJnldbuE5aPMMN0QspmQdcwv2v9dffvtzVN19urhfJWULVvlIokvUDMdBA8RG-3l0X6S0GBiPLkoHk3t3nfdI4GuIlIIOIrQ--7l26djBReuzqzmcRtSfOniI0EUNrFAMGitJHWlUl9InDRMs_TP9UR-jGSCYwhqHxjpbAPhsfCXWRhN-_MJ-JppCA7yXnJJL00TFcf7q5331ephioFtDqn9-lDgvz0UaMql3nx-Nv2lypBWjqzJAzxXD76eP-99vR3QwiWfc9i0pltYWdg96J71VLpQOhISndnJsNHZ8obsYDCR9Fytujy-lMPGPo9TDSbHCgVH97_fH-X1h-ugg_hpPnzR6aZM3UAVO3HajzrmEQP4mYzEuud-ZImxdCRzr2PGm9Tw2IDa0q45hi8RT23yTaDxTz8vuhHiG-SsD_4LYD5S1xnpFlUnwzHBKj7AQ2aNymrFO7AfdxMAPpV-l8yWr3A3z_tVXHnQG7np77fAt_pI5Lxl-eX7wFafN7kVMnJR_mM_HQotMdjdEfB6Efu3fykaF3miIoioLGgfJOGzHe8WyxeRq_6SiWcIE_lsDFFPQzBn9yY8u_Gn4ZxkjIkvXxcQUfvA0YqVSXT9HyOdwsFCY4Ot-7qv4B&step=5&compare=netbsd',
    made: 'card-netbsd-fo',
    sha256: 'dfe1e62805ddb3fc84bd7ff33f3085f138ef4dc61d7461fff959b881bff99729',
    steps: 12,
    address: { step: 5, compare: 'netbsd' },
  },
  {
    link: '#s=1.lVVNj9s2EL3rVzz4UNuA1llvkqJwEAP9AnppEaBprsaYHFnsih_gUHbcX1-QtLVeOD30IIEcDkfz3rwZJZMGxuxHqME74w7QfDSKcTKpR-d31lLAwnHai951fjlrnjk6HjCZGkuqN44RyX58-9RcAoRkS0xGoAPLx3XThOgVi4Cm1b5ptviD009__jIXkJMTRySP1DOeHtdvkfrIpLF4ely_W26gdz6wg6JhEHR6Vz6w6EKLTrfoBjpIi-9CsrvODOyDtAjRHJctyOkSNdvn8oJMzvImP9m-6pfoyWnBX19-B2E82p3f_80qwXflto7myHEu8Ce3wm8cuZiNk0ROMUwGAXLena0fBZfbi5H8TkWmxMsWp96oF24jpzE6qYRnv8gdR3aKW5CARm0untqz1IQ1H9-Ug_peqeWqoQ0KN-Uwk_-wRaezuVzuNNYh22w2naJJDIsZPQiryGnW8NeQU-1oHNJ1E8k2W-xLYKkE1OJmNg-cBARJccz3zMCVZXITH23mzaRC16YsLIWQVRaZVM9yPcQ_HD3rIpUWzifQXFBTWzX7b0Pb30Pbb1D0Yv8TzmV5pGFkPF63amByzRadj8-QniLLpJYCSvlgLrb8SXYpnrEIh5tyLT_AeXz6_GtWQfHXWHz94XsES2GnfDjXCjqfeuMOyxZSha56M-iaqcC4i_yF7IuwSnlLcg_b6t-U9_-De1_tUThKadX3zTa3q2SN-3AttqhoQvJRPlyh5-oJnplDtpiICb9cG_cq-pkdXSbrZIYBkQcm4dlNK1q2Pp6r8FPPtoCsOXQTvml_l_G77P4avvOvCLhDvcXnnjGQJFxyewFbs55LPZ5QZdp3NYmeBHF0pW5Znrdd30VmXQBcAluswxXDremV4O4wPd0r-JuYHpstPnF8KG0hiRJfOiozG_146Cf5XueNrkNE-XHQcHzkCGHe4NRTupu3JM-spxHV-bjCz94GipcfQx3-OXQdgUZuxAJFLrfwvgqGNSiBhmHV_As',
    made: 'clone-netbsd-fo',
    sha256: '984964334472bfcd34a82b40e1f475f565140d10e36ac7aac6680a05d721b930',
    steps: 14,
    address: {},
  },
  {
    link: '#s=1.hVXBbuM2EL3rKwa-2EYd2XEPxRqIgO02KIKm2aJJDnsyGHEUESY5MoeUk_36gqTk2pukvQjiiOS8N_PeyCuvESafwZAMGiFYTUKihGAlOlCewYiuU_YZZlrZ8LJdb1fzSbFDZ1HDMVQYUbfKIjhhrn5eFxJ7VSM8hQZ28dGJZ-SrNQTGmoL1V70R4ybS8oNN1KEtis5RjczQHd_2RVHBbcwN63K1AMGgLPgWM6CLAd3lp0-_gG8dCgmTjjFIgiGndKpHBwflWzBGdJMSHlqMmSGlBsXpvrxvykAHu0l0GtKaDgx_hydl1ZRByHSjsBJqoTXDn19_297cfdk-3l9vv3x9vHuI4CKVtEdZ6M2WOr6oYmwBTICibo91bknLnHzoiScqi26Tr1hK7JcRx0UFjYzhCB8aCesuxkyBLx3WPlJxnBCviwosxeLCzJilQUPutaxB0tbSNsbn0AorGSj4lPgpNE1inQ6JHGyUYw-eQt0mOAenPIKByQ47PxnTNiJoPy6cMEUFtSbGTWb0hqOyJBFmvREXVW-2aTlfgKUxqcZUIocaBSO4YBksHWDW8DJWpKzni1TY0_s5uF71yKB8wpogxHq9Kc5l_JwUcqycpTMSvdABR5YVTL5RAEl26uEgbCwIODTUI4iUHuXQt8kGJGr0uB36OMuyXOZlWc-hUXYoQxad8HCZuDhsAiOXcP3r4_23ssi2jIBHVOnDe3SqJOToqUHj6WoGsvo1-TkWjWF2ZrJ58pAR9nU4xUBNAuaVQZBKlsX-VIHx_qzA_Y8KpBjK4iCYMNYO_0Me-4-aEzOsigruyLfv2eLH6nKoa0TJcGiVRtgDe6V1bAkn2lnT_0rlTOMMzwRPot7FdibdOYzDhP0wCPdThr8ero-dIH2ES7ujUhRp4RXZdFxeNE4YLKrx8IDIRbcjH9NISPs2IIZlMp1i-I6OUGbEh5YwNvMZfaQDFl88cCtc0nieY_vUo6Rl-kDLseJnsl79H_bPFoJNph-R5SGXB8oiVrtu4YB2AHHaoPg-jGKijpEzl30kt1NaozxB_NNl965I7m9-_-Pm9nZc1hqFLSp4tKPXh8mQOjxl0IJ91nzOFmeF8sOPjdM0MCEeBgPr7q2DVu-YjXaDrU7-KDEVMpPdDMaPWCh4neZO0nQGkIwnTn4tvhV-dOVwkGGH2J1N_aw736Ipi38A&mode=predict',
    made: 'module-unload-linux-2-0',
    sha256: '166205cd0088f64d7d9718698a2a04b21a55bba7d3fc2c5b72e70beca37e8666',
    steps: 15,
    address: { mode: 'predict' },
  },
  // Made on 2026-12-04, with the freebsd built-ins.
  {
    link: '#s=1.jVZLb-M2EL7rV3zwxQngKI8eijUQA0mTFlt0H8ga26NBUyOLtUQKHFqq__1iSEmx0922N76GnO8xIwUTasJs3TsE8o2xqmZclJ5oy8XlEqEiNMqqHRVo1Y48PHVuTzzL9uQt1RjOZo3SlbEEr5r7n-6ygjqjCSEcO3QBrD2R5fs7lNv7uzbLWu80MYMrqutpRoUJzmfZCuuKwKohhLPUDrYgj1890eOXpxxNo1rsHDEkm41MFyioKzmON-UCXZOGuqAOF3zk6665HhZzfblAXxldQfGeI9rCm478nFGkODZ2VxNK4znkWFeGhyMwjN6bEMjGwF4dx8Qk2jfDOYbytIQJ8BQO3vJABm7mDNdbfHr8fb358Nv66fnr-1-e4bZ_kQ4LNKog9CZUkNQ3kf2NqmunVaAJSeI57eb6MsdHh8_rZ0kuXnCkkGeR5CVcSxYScS2y3OBqhbIYNyOVZYG7VtZZ-0GECBzBHXSFUh3qwEvhNA5P-YwLub6EVnWdqExI5jwA2KUzCwRXF_j88mm9eXl-eEJfqUBCqMQoLUZYQNlCKDOWyYd0XelVQ9tDWUZ5SqODCcYdOBpzCXVm1EWiTqHtQDb4I0rnQUpXaFTbGruDK2FeyREpSXBjJgtultHfLemQQI-TU1vLM7gZaErOlbsnfW9HbxnGlipjC3EB_4CWCeoYPWdsld5LpgmQsXh5-JBn6am3ct4Oco67_9Rz3DlB2pnvw_SqyVb4MmQC7RpiBDfI4GyshLFWoF1rKGk01PlCJjb2BoZoe4QnNgXZkGhz5WkViNgnsBNBjItIULMLr_6XG-OQL5dopT49Na4jKQyUrq5dz0llOTRnkb82LOwGN2QyNptQqZAEizboTdBVUvZ25MHtx5GuSdmxL4lBUkkQR0kjJrVTxp5KjEoxrEu7oSJPUPaIxnlagN1b_VmaEBXJ-8pyL70juviEqtESHJynybyeVJE0_oGYw7BT9YEmg585N9X2q8hTrY0utq4HV8KvmVz6asZ_zeA7VXOekPhwdd6qPZUHJpYK9qaTljfU7RIzOcAoHKwLImdnCnp7jMVjQvfe2GKWv21zt-0UcLVCO-bz_P7j14c_shUeld4LGSP1y5OPw-DrrQvV6NV5xMXJA0nBs17zym60R28nAk99d3Putv8j7n9SO2n9p9hdQNy-e_czQhWvjY6T1rgQouMHPjqucm7P55__4aV0KKg98YB5G6mqvDvsKokwfmy6hjhPAVeeGmq25Plq-GEYvCQv6FoxG332wug6rax1Ic--AQ',
    made: 'vt-switch-freebsd',
    sha256: '3899da6e22463abb02bd7e32c38d1e3ee37e71ab04f0f19a573e10895b2aae6b',
    steps: 12,
    address: {},
  },
  {
    link: '#s=1.jVRNb9s4EL3rVzz4kgTrKpvszUUM2IkbpEXjonGK3oSxOJK4EUmBpOT43xckpW6S5rA3cj44M--9oZe-ZcyuyQrwv1x6nFaWee_E2QK-YSjSVLNARzVbeHpiF-0HqYU5YE_l0yx7Yqu5xZiZKSobqRmW1NU_l5ngQZYM1xqPMhQKb7mry3i5WmVZZ03JzqEklWVL7BqGI8UpuNeCLT5Z5vXDTQ5RKEVd4aSuW4Zl31udOtquP--Kr7e7m82Pu-sNzD6OY6rojE9JHc-hkXmyrBaQ3qEhLVqGdL9jTxwsl8aKOZwBD2yPUNR1UtdQJBiHRraMVciRGq4hyw6rEzfVPS0FD0VEraC2NSV5nsMd3fmgzhMiyZuXZ3lWklrAdKwRfOcRqg9LVCJ5wsioBC67YD1IncwHK31kArOuMd5czDJ-7kL1ivrWT5eX-IeS-DtbYhO6TBQLKwe2kT03jmrZScF6jDfViNbb8VTt_5sy5MejO5uDtEAXiLKszMABAqRjwvjbbgPfkA-gOkifZ0l9ocmpb_M0ncqWSWdLJEzrIo4HF_pNjcH0PtacBPHja_Ftdbv5XqxXNx8xqDFFjfoljy-b7_fF9nFXbD8V6-3j_c1D6nqKLbylDqcjY5M1L88guA2AOTzc3a4fH0b2LJOI1LxHQYrMln_It-odO5AGq84f4_gLbO5_3m3z19RfJOovpxdjTLZE3Nw1asNBiHlcnkmoB3JJrJWxI1BRzm9g9LJt4ej4GrU8k9qxTZRg_UZxf110mLnSyv2-5fdlN878hsLrxFdpFLv4eyQNan4e08HaB3BffDJRhFST1Imi4IqCHzfW8iv5vOx79T_IeWc_Rs9Abc9_LNc0yu9_yvQ-zUMOrdT984lDrwPPIxOFJV3zHJXptQBpE5rGgY4L7I-x5hy-saavG3RDQMBKdnNo40NAFb6a-ESe_QI',
    made: 'card-freebsd',
    sha256: 'b2d1c120e6dc62744e17cd531106e013bda4544ad2b7be82075d5fb97121bb4b',
    steps: 11,
    address: {},
  },
  {
    link: '#s=1.jVXLbhs5ELzPVxR0sQTIsqXNIRBgAc5aAZLDOkCMXIUW2aPhio8Bm5pZ__2C87AkIwZyZJPTVV1d3ZNMsozJ18j85efTjUBZEjEKmhujGDUdOCKyY7fnKJh2gYf-djYpjhw9W5SReS-6cKQq4xmR3MNfq2JIktJrgyZBVGT28rBCuX9Y1rjMVRR1DIpFIBVb-3aylLgoNnj29hV65xzVc1hzZJw5h9ajSdNPs_XwYifGHyyDvLSZ9faf56ftrzkkoHH9C6W5QUnWCvakjkgBqeKrsucgr5Ef7rrzjqwNihLD0ZGlK-v-RvD85fvL7mn769vfW4T9v6wSpvIqd42769P1ny_UbIGXilGaKAklnWwCyVEG0j0aqYoFhJKOPQ2UIXbUykiO96ey5Ajju1CPtig6ydYINXtkzLuOGm43KPV42UGUGss6x0XF8aKNJnEOYJIDYVLwf3UuomM4Hi5b2dG6Lzb42TUUS6jgsiBhIBp8WuDrWIGgoobhA-oG7FM0LF0v8mNpTVIVFHkfEiKTqvp45nIj-PGyXcMkSDLWog7GJwGl94osiiFRR3A5sm5MsJRMyP64LUPkQwwnr4sNHuGoro0_wJFmhGwvH9r1ha4wArKmYUwvGY3fVcFqgUmz3ieN2_UtLY3XMmiEyGI0-5Q7ZlJX9dBtI_DccMwWYN07w3P7lr6TIot6XegcbWVUBalCK8NEYbko8px85ID-7p0Bhmhk0pA_bfkoK9nT5fFDlXNRliTBnXyGP5o8cBcSZ-VMkrPdBdPzwGnuRm725vAhTTbrsh7rGmI5MhBSlsl3Tb5UtJ9a6mI9_PyM_9FMHsj49ajzfe7anivj9ZuB-x2TL3KevEsylqQQefF75VdX0q9-q30kdy32OJubce8hcmO4xdPn1afP0DHUNeseKpS9B46O3bA-jGQ4CX6Nyfs9Ny6dHP_xCBIJylBijdakCoSDadgjlKVwyvmybScLPEJHkx2cKsodloR0bmO3VU8y5HXk6cD6GnfapNt-bG-HH8hsUfwP',
    made: 'pager-remembers-freebsd',
    sha256: '0d64d8c3de9b0887d97b1969a62c20876bf507ae53b78e0e33cb80ac22ffb0c5',
    steps: 11,
    address: {},
  },
];

/** Built-ins by id, with a place in them: ids are stable, so these open the same built-in forever. */
export const PINNED_EXAMPLE_LINKS: ReadonlyArray<{ link: string; address: Partial<AppAddress> }> = [
  {
    link: '#example=card-linux&step=5&event=2&kernel=irix',
    address: { example: 'card-linux', step: 5, event: 2, kernel: 'irix' },
  },
  {
    link: '#example=mprotect&step=12&theme=light',
    address: { example: 'mprotect', step: 12, theme: 'light' },
  },
  { link: '#example=first-touch', address: { example: 'first-touch' } },
  { link: '#example=vt-switch-linux', address: { example: 'vt-switch-linux' } },
  { link: '#example=vt-switch-netbsd', address: { example: 'vt-switch-netbsd' } },
  { link: '#example=card-linux', address: { example: 'card-linux' } },
  { link: '#example=card-netbsd', address: { example: 'card-netbsd' } },
  { link: '#example=card-irix', address: { example: 'card-irix' } },
  { link: '#example=pseudo-alias', address: { example: 'pseudo-alias' } },
  { link: '#example=kbuf-vmalloc', address: { example: 'kbuf-vmalloc' } },
  { link: '#example=irix-regs', address: { example: 'irix-regs' } },
  { link: '#example=clone-linux', address: { example: 'clone-linux' } },
  { link: '#example=clone-netbsd', address: { example: 'clone-netbsd' } },
  { link: '#example=fork-switch', address: { example: 'fork-switch' } },
  { link: '#example=mprotect', address: { example: 'mprotect' } },
  { link: '#example=vt-switch-netbsd-fo', address: { example: 'vt-switch-netbsd-fo' } },
  {
    link: '#example=card-netbsd-fo&compare=netbsd',
    address: { example: 'card-netbsd-fo', compare: 'netbsd' },
  },
  { link: '#example=clone-netbsd-fo', address: { example: 'clone-netbsd-fo' } },
  {
    link: '#example=module-unload-linux-2-0&mode=predict',
    address: { example: 'module-unload-linux-2-0', mode: 'predict' },
  },
  { link: '#example=card-linux&kernel=linux_2_0', address: { example: 'card-linux', kernel: 'linux_2_0' } },
  // Added on 2026-12-04, with the freebsd built-ins.
  { link: '#example=vt-switch-freebsd', address: { example: 'vt-switch-freebsd' } },
  { link: '#example=card-freebsd', address: { example: 'card-freebsd' } },
  { link: '#example=pager-remembers-freebsd', address: { example: 'pager-remembers-freebsd' } },
  {
    link: '#example=pager-remembers-freebsd&step=7&compare=netbsd',
    address: { example: 'pager-remembers-freebsd', step: 7, compare: 'netbsd' },
  },
];
